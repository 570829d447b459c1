import type { WebSocket } from 'ws';
import { RequestFrame, type HelloFrame, type ReplyFrame, type SeatRole } from '../../shared/api/protocol.js';
import type { Caller, Core } from '../core/index.js';
import { APP_VERSION } from '../../shared/version.js';

/** A seat that cannot keep up (more than this unsent) is dropped rather than let it eat memory. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

function requestId(value: unknown): number | string | null {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'number' || (typeof id === 'string' && id.length <= 100) ? id : null;
}

/**
 * One seat's socket: says hello with its role, answers each request frame through core.dispatch
 * (the same path as IPC), and pushes every change event. Malformed frames get a typed error
 * reply; nothing a client sends can end the server.
 */
export function serveConnection(socket: WebSocket, core: Core, role: SeatRole): void {
  const send = (frame: ReplyFrame | HelloFrame | { event: string; data: unknown }): void => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.terminate();
      return;
    }
    socket.send(JSON.stringify(frame));
  };

  send({ hello: { role, version: APP_VERSION } });
  // The seat's person states a name once connected (session.identify); their records carry it.
  const caller: Caller = { role, name: null };
  // Only the events this seat's role may see leave the server (a wall never gets drafts).
  const unsubscribe = core.onEvent(({ event, data, roles }) => {
    if (roles.includes(role)) send({ event, data });
  });
  socket.on('close', unsubscribe);
  socket.on('error', () => socket.terminate());

  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      send({ id: null, ok: false, error: { code: 'bad_request', message: 'frames must be JSON text' } });
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(data.toString());
    } catch {
      send({ id: null, ok: false, error: { code: 'bad_request', message: 'frame is not valid JSON' } });
      return;
    }
    const frame = RequestFrame.safeParse(raw);
    if (!frame.success) {
      send({
        id: requestId(raw),
        ok: false,
        error: { code: 'bad_request', message: 'frame must be {"id", "method", "params"}' },
      });
      return;
    }
    const { id, method, params, op_id: opId } = frame.data;
    void core.dispatch(method, params, caller, { opId }).then((reply) => send({ id, ...reply }));
  });
}
