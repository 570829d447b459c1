import type { MethodName } from '../../../shared/api/contract';
import type { Reply } from '../../../shared/api/errors';
import { ApiErrorShape } from '../../../shared/api/errors';
import { SEAT_ROLES, WS_CLOSE_UNAUTHORIZED, WS_PATH, type SeatRole } from '../../../shared/api/protocol';
import { backoffMs } from './backoff';
import { ClientError } from './ClientError';
import { seatFromHello } from './seat';
import type { ConnectionStatus, RawEvent, Transport } from './transport';

interface Pending {
  resolve: (reply: Reply<unknown>) => void;
  reject: (error: ClientError) => void;
  /** What was sent: a write (with an op_id) is sent again after a drop. */
  method: MethodName;
  input: unknown;
  opId: string | undefined;
}

/** How long a write whose reply was lost waits for the link to come back before it fails. */
const RESEND_WINDOW_MS = 60_000;

const ignore = (): void => undefined;

type Frame = Record<string, unknown>;

function isObject(v: unknown): v is Frame {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lost(message: string): ClientError {
  return new ClientError('connection_lost', message);
}

/**
 * A browser seat: JSON-RPC over one WebSocket to the seat server. The socket reconnects with
 * backoff; while it is down every call fails at once (nothing is queued to be sent "later" without
 * the log keeper knowing) and the UI shows a banner, so the board never silently shows stale data.
 */
export function wsTransport(initialToken: string | null): Transport {
  // Replaced when the seat pairs (again): a revoked seat gets a new token without a reload.
  let token = initialToken;
  let status: ConnectionStatus = {
    state: token ? 'connecting' : 'no_token',
    role: 'wall', // least privilege until the server's hello says otherwise
    seat: null,
    epoch: 0,
    retryInSeconds: null,
    lostAt: null,
  };
  const statusListeners = new Set<(s: ConnectionStatus) => void>();
  const eventListeners = new Set<(e: RawEvent) => void>();
  const pending = new Map<number, Pending>();
  // Calls made before the first hello wait here; after a drop, calls fail instead.
  const waitingForOpen: Array<() => void> = [];
  const toResend: Pending[] = [];
  let personName: string | null = null;
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempt = 0;

  function setStatus(next: Partial<ConnectionStatus>): void {
    const state = next.state ?? status.state;
    // The moment a live link went; kept through the retries, cleared once open again.
    const lostAt = state === 'open' ? null : status.state === 'open' ? Date.now() : status.lostAt;
    status = { ...status, ...next, lostAt };
    for (const l of statusListeners) l(status);
  }

  function url(): string {
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${window.location.host}${WS_PATH}?token=${encodeURIComponent(token ?? '')}`;
  }

  function onFrame(frame: unknown): void {
    if (!isObject(frame)) return;
    if (isObject(frame.hello)) {
      const role = frame.hello.role;
      const known = (SEAT_ROLES as readonly unknown[]).includes(role);
      attempt = 0;
      // Who is at this seat, said first on every new socket, before anything else is sent.
      if (personName !== null) transmit({ method: 'session.identify', input: { name: personName }, opId: undefined, resolve: ignore, reject: ignore });
      setStatus({ state: 'open', role: known ? (role as SeatRole) : 'wall', seat: seatFromHello(frame.hello), epoch: status.epoch + 1, retryInSeconds: null });
      for (const run of waitingForOpen.splice(0)) run();
      // Writes whose replies were lost in the drop: the same op_id again, so each is written once.
      for (const p of toResend.splice(0)) transmit(p);
      return;
    }
    if (typeof frame.event === 'string') {
      for (const l of eventListeners) l({ event: frame.event, data: frame.data });
      return;
    }
    if (typeof frame.id === 'number') {
      const p = pending.get(frame.id);
      if (!p) return;
      pending.delete(frame.id);
      if (frame.ok === true) {
        p.resolve({ ok: true, result: frame.result });
      } else {
        const parsed = ApiErrorShape.safeParse(frame.error);
        p.resolve(parsed.success ? { ok: false, error: parsed.data } : { ok: false, error: { code: 'internal', message: 'malformed error reply' } });
      }
    }
  }

  function connect(): void {
    const ws = new WebSocket(url());
    socket = ws;
    ws.addEventListener('message', (msg) => {
      if (typeof msg.data !== 'string') return;
      let frame: unknown;
      try {
        frame = JSON.parse(msg.data);
      } catch {
        return;
      }
      onFrame(frame);
    });
    ws.addEventListener('close', (closed) => {
      if (socket !== ws) return;
      socket = null;
      // A read in flight fails now. A write in flight is sent again with its op_id once the link
      // is back (the server writes it once whether or not the first one arrived), within a window.
      for (const p of pending.values()) {
        if (p.opId === undefined) {
          p.reject(lost('connection lost before the reply came'));
          continue;
        }
        toResend.push(p);
        window.setTimeout(() => {
          const at = toResend.indexOf(p);
          if (at >= 0) toResend.splice(at, 1)[0]?.reject(lost('connection lost before the reply came'));
        }, RESEND_WINDOW_MS);
      }
      pending.clear();
      if (closed.code === WS_CLOSE_UNAUTHORIZED) {
        for (const p of toResend.splice(0)) p.reject(lost('connection lost before the reply came'));
        for (const run of waitingForOpen.splice(0)) run();
        setStatus({ state: 'unauthorized', retryInSeconds: null });
        return;
      }
      const delay = backoffMs(attempt++);
      setStatus({ state: status.epoch === 0 && status.state === 'connecting' ? 'connecting' : 'reconnecting', retryInSeconds: Math.ceil(delay / 1000) });
      window.setTimeout(connect, delay);
    });
  }

  function transmit(p: Pending): void {
    const ws = socket;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      p.reject(lost('not connected'));
      return;
    }
    const id = nextId++;
    pending.set(id, p);
    ws.send(JSON.stringify({ id, method: p.method, params: p.input, ...(p.opId === undefined ? {} : { op_id: p.opId }) }));
  }

  function sendNow(method: MethodName, input: unknown, opId: string | undefined): Promise<Reply<unknown>> {
    const ws = socket;
    if (status.state === 'no_token') return Promise.reject(new ClientError('no_token', 'no access token'));
    if (status.state === 'unauthorized') return Promise.reject(new ClientError('unauthorized', 'access token refused'));
    if (!ws || ws.readyState !== WebSocket.OPEN || status.state !== 'open') return Promise.reject(lost('not connected'));
    return new Promise((resolve, reject) => transmit({ resolve, reject, method, input, opId }));
  }

  if (token) connect();

  return {
    identify(name) {
      personName = name;
      return this.send('session.identify', { name });
    },
    send(method, input, opId) {
      if (status.state === 'connecting') {
        return new Promise((resolve) => waitingForOpen.push(() => resolve(sendNow(method, input, opId))));
      }
      return sendNow(method, input, opId);
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    status: () => status,
    useToken(next) {
      token = next;
      // Only a seat that cannot connect starts over; a live socket keeps the token it opened with.
      if (status.state !== 'no_token' && status.state !== 'unauthorized') return;
      setStatus({ state: 'connecting', retryInSeconds: null });
      connect();
    },
  };
}
