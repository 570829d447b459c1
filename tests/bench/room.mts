// Issue 13's figure: with 10 paired seats over loopback, how long a change made at one seat takes
// to reach the 9 others (p50, p95, max), while one more seat floods the server with reads. The
// server runs in a child process (its own event loop, as on the host machine). Prints; asserts nothing.
//
//   npx tsx tests/bench/room.mts      ROOM_SEATS, ROOM_WRITES change the sizes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { createCore } from '../../electron/core/index.js';
import { HOST_SEAT } from '../../electron/core/handler-types.js';
import { startSeatServer } from '../../electron/seats/server.js';

const SEATS = Number(process.env.ROOM_SEATS ?? 10);
const WRITES = Number(process.env.ROOM_WRITES ?? 200);

/** Child: a board, sharing on 127.0.0.1; prints the shared port and the log keeper's code. */
async function runServer(dataDir: string): Promise<void> {
  const core = createCore({ dataDir, watchIntervalMs: 0, verifyOnOpen: false, seedActors: false });
  const host = { role: 'staff' as const, name: 'Värd', seat: HOST_SEAT };
  await core.dispatch('boards.create', { name: 'Bänk', kommun_code: '1480', exercise: true }, host);
  const server = await startSeatServer({ core, rendererDir: dataDir, share: { host: '127.0.0.1' } });
  const status = await server.room.share(true);
  const code = status.codes.find((c) => c.kind === 'logkeeper')?.code;
  process.stdout.write(`${JSON.stringify({ port: server.room.sharedPort, code })}\n`);
}

async function pairSeat(port: number, code: string, name: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name }) });
  const body = (await res.json()) as { token: string };
  return body.token;
}

function open(port: number, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api?token=${token}`);
    ws.once('message', () => resolve(ws)); // the hello
    ws.once('error', reject);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-bench-room-'));
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
  const { port, code } = JSON.parse(first) as { port: number; code: string };
  const tokens = await Promise.all(Array.from({ length: SEATS + 1 }, (_, i) => pairSeat(port, code, `Plats ${i + 1}`)));
  const sockets = await Promise.all(tokens.map((t) => open(port, t)));
  const [writer, ...others] = sockets.slice(0, SEATS) as [WebSocket, ...WebSocket[]];
  const flooder = sockets[SEATS] as WebSocket;

  // The flooder keeps 8 reads in flight all the time.
  let flooding = true;
  let floodId = 0;
  let reads = 0;
  const floodOne = (): void => {
    if (flooding) flooder.send(JSON.stringify({ id: ++floodId, method: 'journal.list', params: { limit: 500 } }));
  };
  flooder.on('message', () => {
    reads++;
    floodOne();
  });
  for (let i = 0; i < 8; i++) floodOne();

  const latencies: number[] = [];
  for (let n = 0; n < WRITES; n++) {
    const text = `Ändring ${n}`;
    const sent = performance.now();
    const arrivals = others.map(
      (ws) =>
        new Promise<void>((resolve) => {
          const listener = (data: WebSocket.RawData): void => {
            const frame = JSON.parse(data.toString()) as { event?: string; data?: { entry?: { text?: string } } };
            if (frame.event === 'journal.appended' && frame.data?.entry?.text === text) {
              latencies.push(performance.now() - sent);
              ws.off('message', listener);
              resolve();
            }
          };
          ws.on('message', listener);
        }),
    );
    writer.send(JSON.stringify({ id: n + 1, method: 'journal.append', params: { kind: 'information', text } }));
    await Promise.all(arrivals);
  }
  flooding = false;
  latencies.sort((a, b) => a - b);
  const ms = (v: number): string => `${v.toFixed(1)} ms`;
  process.stdout.write(
    `room: ${SEATS} seats, ${WRITES} changes, ${others.length} receivers each, one seat flooding (${reads} reads answered meanwhile)\n` +
      `  change → every other seat: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies[latencies.length - 1] ?? NaN)}\n`,
  );
  for (const ws of sockets) ws.terminate();
  child.kill();
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === 'serve') void runServer(process.argv[3] ?? '');
else void main();
