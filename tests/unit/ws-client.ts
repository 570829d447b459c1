import WebSocket from 'ws';

export interface TestClient {
  ws: WebSocket;
  hello: { role: string; version: string };
  /** Sends a raw text or binary frame and resolves with the next reply frame. */
  sendRaw(data: string | Buffer): Promise<Record<string, unknown>>;
  call(method: string, params?: unknown): Promise<Record<string, unknown>>;
  events: Record<string, unknown>[];
  close(): void;
}

/** Connects without a valid token: resolves with the frame the server sent and its close code. */
export function connectRefused(url: string): Promise<{ frame: Record<string, unknown> | null; code: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    let frame: Record<string, unknown> | null = null;
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.on('message', (data) => {
      frame = JSON.parse(data.toString()) as Record<string, unknown>;
    });
    ws.once('close', (code) => resolve({ frame, code }));
  });
}

/** Connects to the seat server's socket; resolves after the hello frame. */
export function connect(url: string): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const waiting: ((frame: Record<string, unknown>) => void)[] = [];
    const events: Record<string, unknown>[] = [];
    let nextId = 1;
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Record<string, unknown>;
      if ('hello' in frame) {
        const client: TestClient = {
          ws,
          hello: frame.hello as TestClient['hello'],
          sendRaw: (raw) =>
            new Promise((res) => {
              waiting.push(res);
              ws.send(raw);
            }),
          call: (method, params) => client.sendRaw(JSON.stringify({ id: nextId++, method, ...(params === undefined ? {} : { params }) })),
          events,
          close: () => ws.close(),
        };
        resolve(client);
      } else if ('event' in frame) {
        events.push(frame);
      } else {
        waiting.shift()?.(frame);
      }
    });
  });
}
