import type { MethodName } from '../../../shared/api/contract';
import type { Reply } from '../../../shared/api/errors';
import { ApiErrorShape } from '../../../shared/api/errors';
import { SEAT_ROLES, WS_CLOSE_UNAUTHORIZED, WS_PATH, type SeatRole } from '../../../shared/api/protocol';
import { backoffMs } from './backoff';
import { ClientError } from './ClientError';
import type { ConnectionStatus, RawEvent, Transport } from './transport';

interface Pending {
  resolve: (reply: Reply<unknown>) => void;
  reject: (error: ClientError) => void;
}

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
export function wsTransport(token: string | null): Transport {
  let status: ConnectionStatus = {
    state: token ? 'connecting' : 'no_token',
    role: 'wall', // least privilege until the server's hello says otherwise
    epoch: 0,
    retryInSeconds: null,
  };
  const statusListeners = new Set<(s: ConnectionStatus) => void>();
  const eventListeners = new Set<(e: RawEvent) => void>();
  const pending = new Map<number, Pending>();
  // Calls made before the first hello wait here; after a drop, calls fail instead.
  const waitingForOpen: Array<() => void> = [];
  let socket: WebSocket | null = null;
  let nextId = 1;
  let attempt = 0;

  function setStatus(next: Partial<ConnectionStatus>): void {
    status = { ...status, ...next };
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
      setStatus({ state: 'open', role: known ? (role as SeatRole) : 'wall', epoch: status.epoch + 1, retryInSeconds: null });
      for (const run of waitingForOpen.splice(0)) run();
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
      // Every call in flight is answered now: its outcome is unknown, and the user must know that.
      for (const p of pending.values()) p.reject(lost('connection lost before the reply came'));
      pending.clear();
      if (closed.code === WS_CLOSE_UNAUTHORIZED) {
        for (const run of waitingForOpen.splice(0)) run();
        setStatus({ state: 'unauthorized', retryInSeconds: null });
        return;
      }
      const delay = backoffMs(attempt++);
      setStatus({ state: status.epoch === 0 && status.state === 'connecting' ? 'connecting' : 'reconnecting', retryInSeconds: Math.ceil(delay / 1000) });
      window.setTimeout(connect, delay);
    });
  }

  function sendNow(method: MethodName, input: unknown): Promise<Reply<unknown>> {
    const ws = socket;
    if (status.state === 'no_token') return Promise.reject(new ClientError('no_token', 'no access token'));
    if (status.state === 'unauthorized') return Promise.reject(new ClientError('unauthorized', 'access token refused'));
    if (!ws || ws.readyState !== WebSocket.OPEN || status.state !== 'open') return Promise.reject(lost('not connected'));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params: input }));
    });
  }

  if (token) connect();

  return {
    send(method, input) {
      if (status.state === 'connecting') {
        return new Promise((resolve) => waitingForOpen.push(() => resolve(sendNow(method, input))));
      }
      return sendNow(method, input);
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
  };
}
