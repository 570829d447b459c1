import WebSocket from 'ws';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';

/** A bare WebSocket seat for tests: fills a board fast, without going through the UI. */
export interface ApiSeat {
  call<M extends MethodName>(method: M, params: MethodInput<M>): Promise<MethodOutput<M>>;
  close(): void;
}

interface ReplyLike {
  id?: number;
  ok?: boolean;
  result?: unknown;
  error?: { code: string; message: string };
  hello?: unknown;
}

export async function connectApi(pageUrl: string): Promise<ApiSeat> {
  const url = new URL(pageUrl);
  const ws = new WebSocket(`ws://${url.host}/api?token=${url.searchParams.get('token') ?? ''}`);
  const pending = new Map<number, (r: ReplyLike) => void>();
  let next = 1;
  await new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString()) as ReplyLike;
      if (frame.hello) {
        // Who writes: every record says. Sent first, so every call after it is this person's.
        ws.send(JSON.stringify({ id: 0, method: 'session.identify', params: { name: 'Api Seat' } }));
        resolve();
      }
      if (typeof frame.id === 'number') pending.get(frame.id)?.(frame);
    });
  });
  return {
    call(method, params) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, (r) => {
          pending.delete(id);
          if (r.ok) resolve(r.result as MethodOutput<typeof method>);
          else reject(new Error(`${method}: ${r.error?.code ?? '?'} ${r.error?.message ?? ''}`));
        });
        ws.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => ws.close(),
  };
}
