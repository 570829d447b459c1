import type { RawData, WebSocket } from 'ws';
import { RequestFrame, type HelloFrame, type ReplyFrame, type SeatRole } from '../../shared/api/protocol.js';
import type { Caller, Core } from '../core/index.js';
import type { CallerSeat } from '../core/handler-types.js';
import type { RoutedEvent } from '../core/record/projection.js';
import { APP_VERSION } from '../../shared/version.js';

/**
 * An event's frame text, made once however many seats it goes to: every seat's listener gets the
 * same event object, and a room of ten seats should not serialise each change ten times.
 */
const eventTexts = new WeakMap<RoutedEvent, string>();
function eventText(routed: RoutedEvent): string {
  let text = eventTexts.get(routed);
  if (text === undefined) {
    text = JSON.stringify({ event: routed.event, data: routed.data });
    eventTexts.set(routed, text);
  }
  return text;
}

/**
 * What one seat may hold of the server. Handlers run synchronously on SQLite, so a seat that
 * floods must neither queue unbounded work nor unbounded replies, nor hold the others up.
 */
export interface SeatLimits {
  /** Requests read and not yet answered; at this many the server stops reading the seat's socket. */
  maxInFlight: number;
  /** Unsent bytes above which the seat's next request waits until its socket drains. */
  maxBufferedBytes: number;
  /** Unsent bytes above which the seat is dropped at once (events keep coming to a seat that never reads). */
  dropBufferedBytes: number;
  /** A seat that stays above maxBufferedBytes this long, reading nothing, is dropped. */
  stalledDropMs: number;
}

export const SEAT_LIMITS: SeatLimits = {
  maxInFlight: 8,
  maxBufferedBytes: 4 * 1024 * 1024,
  dropBufferedBytes: 32 * 1024 * 1024,
  stalledDropMs: 30_000,
};

function requestId(value: unknown): number | string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'number' || (typeof id === 'string' && id.length <= 100) ? id : null;
}

type Frame = ReplyFrame | HelloFrame;
interface Incoming {
  data: RawData;
  isBinary: boolean;
}

/** Who a socket is, as its token says: its access class, and which seat. */
export interface SocketSeat {
  role: SeatRole;
  seat: CallerSeat;
}

/**
 * One seat's socket: says hello with its role and seat, answers each request frame through core.dispatch
 * (the same path as IPC), and pushes every change event. Malformed frames get a typed error
 * reply; nothing a client sends can end the server.
 *
 * Requests are answered one at a time per seat, in the order sent, with a turn of the event loop
 * (setImmediate) between two of them: every seat with work gets one request served per turn, so a
 * seat's flood costs the others at most one of its requests each time.
 */
export function serveConnection(socket: WebSocket, core: Core, who: SocketSeat, limits: SeatLimits = SEAT_LIMITS): void {
  const { role, seat } = who;
  // The host's person states a name once connected (session.identify); a paired seat's name
  // came with its pairing. Their records carry it.
  const caller: Caller = { role, name: seat.name, seat };
  const incoming: Incoming[] = [];
  let busy = false;
  let scheduled = false;
  let stalledSince: ReturnType<typeof setTimeout> | null = null;

  const open = (): boolean => socket.readyState === socket.OPEN;
  const overBuffered = (): boolean => socket.bufferedAmount > limits.maxBufferedBytes;

  /** Reading pauses while the seat has its fill of requests or of unsent replies. */
  const updateReading = (): void => {
    if (!open()) return;
    const full = incoming.length + (busy ? 1 : 0) >= limits.maxInFlight || overBuffered();
    if (full && !socket.isPaused) socket.pause();
    else if (!full && socket.isPaused) socket.resume();
  };

  const sendText = (text: string): void => {
    if (!open()) return;
    if (socket.bufferedAmount > limits.dropBufferedBytes) {
      socket.terminate();
      return;
    }
    // Written out (or failed): the seat may have room again for its next reply.
    socket.send(text, () => wake());
  };
  // Event frames wait for the end of the writer's turn: whoever wrote gets the reply without
  // waiting on every other seat's socket, and the seats get the change right after. A reply to
  // this seat sends what waits first, so no reply overtakes an event committed before it.
  let waitingEvents: string[] = [];
  let waitingChars = 0;
  let flushScheduled = false;
  const flushEvents = (): void => {
    const frames = waitingEvents;
    waitingEvents = [];
    waitingChars = 0;
    for (const text of frames) sendText(text);
  };
  const queueEvent = (text: string): void => {
    if (!open()) return;
    waitingEvents.push(text);
    waitingChars += text.length;
    // A seat that never reads is dropped whether its backlog waits here or in the socket.
    if (waitingChars + socket.bufferedAmount > limits.dropBufferedBytes) {
      waitingEvents = [];
      waitingChars = 0;
      socket.terminate();
      return;
    }
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(() => {
      flushScheduled = false;
      flushEvents();
    });
  };

  const send = (frame: Frame): void => {
    // A reply follows every event committed before it, as the seat would read them in order.
    flushEvents();
    sendText(JSON.stringify(frame));
  };

  const answer = async ({ data, isBinary }: Incoming): Promise<ReplyFrame> => {
    if (isBinary) return { id: null, ok: false, error: { code: 'bad_request', message: 'frames must be JSON text' } };
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      return { id: null, ok: false, error: { code: 'bad_request', message: 'frame is not valid JSON' } };
    }
    const frame = RequestFrame.safeParse(raw);
    if (!frame.success) {
      return { id: requestId(raw), ok: false, error: { code: 'bad_request', message: 'frame must be {"id", "method", "params"}' } };
    }
    const { id, method, params, op_id: opId } = frame.data;
    return { id, ...(await core.dispatch(method, params, caller, { opId })) };
  };

  /** Answers the next request if the seat has one and room for the reply. */
  const pump = (): void => {
    scheduled = false;
    if (busy || !open() || incoming.length === 0) return;
    if (overBuffered()) {
      // Not reading what it is sent: wait for the socket to drain, but not forever.
      stalledSince ??= setTimeout(() => socket.terminate(), limits.stalledDropMs).unref();
      updateReading();
      return;
    }
    if (stalledSince) clearTimeout(stalledSince);
    stalledSince = null;
    const next = incoming.shift();
    if (!next) return;
    busy = true;
    void answer(next).then((reply) => {
      busy = false;
      send(reply);
      wake();
    });
  };

  /** Serves this seat's next request on the next turn of the event loop, after the other seats'. */
  function wake(): void {
    updateReading();
    if (scheduled || busy || incoming.length === 0) return;
    scheduled = true;
    setImmediate(pump);
  }

  send({ hello: { role, version: APP_VERSION, seat: { kind: seat.kind, actor_id: seat.actor_id, name: seat.name } } });
  // Only the events this seat's role may see leave the server (a wall never gets drafts), and
  // the room's only to the host.
  const unsubscribe = core.onEvent((routed) => {
    if (routed.roles.includes(role) && (routed.hostOnly !== true || seat.kind === 'host')) queueEvent(eventText(routed));
  });
  socket.on('close', () => {
    unsubscribe();
    incoming.length = 0;
    waitingEvents = [];
    if (stalledSince) clearTimeout(stalledSince);
  });
  // ws has already begun the close with the matching code (1009 for a frame over maxPayload,
  // 1007 for bad UTF-8); ending the socket here would cut that close frame off (1006).
  socket.on('error', () => undefined);

  socket.on('message', (data, isBinary) => {
    incoming.push({ data, isBinary });
    wake();
  });
}
