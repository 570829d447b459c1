// Issue 13, performance: with 10 seats connected over loopback, a change made at one seat reaches
// all the others within 200 ms at p95, while one more seat floods the server with reads. Prints
// p50/p95/max of the time from a journal.append's send until each of the other 9 seats receives
// its journal.appended event; asserts nothing.
//
// The seat server runs in a child process and the flooding seat in another, so neither the
// flood's replies nor the server's work share an event loop with the seats taking the times.
//
//   npx tsx tests/bench/seats.mts      SEATS_WRITES (200), SEATS_GAP_MS (50), SEATS_ENTRIES (2000:
//   the board the flood reads), SEATS_FLOOD_AHEAD (16: reads the flooder keeps in flight).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { createCore } from '../../electron/core/index.js';
import { startSeatServer } from '../../electron/seats/server.js';
import { seedBoard } from './seed.js';
import { percentile } from './stats.js';

const SEATS = 10;
const WRITES = Number(process.env.SEATS_WRITES ?? 200);
const GAP_MS = Number(process.env.SEATS_GAP_MS ?? 50);
const ENTRIES = Number(process.env.SEATS_ENTRIES ?? 2000);
const FLOOD_AHEAD = Number(process.env.SEATS_FLOOD_AHEAD ?? 16);
const MARK = 'seats-bench #';

interface Urls {
  staff: string;
  wall: string;
}

/** Child: serve the board given on the command line; the two seats' socket URLs go to stdout. */
async function runServer(path: string, dataDir: string): Promise<void> {
  const core = createCore({ dataDir, watchIntervalMs: 0, verifyOnOpen: false });
  core.openBoardFile(path);
  const server = await startSeatServer({ core, rendererDir: dataDir });
  const ws = (url: string): string => url.replace('http://', 'ws://').replace('/?token=', '/api?token=');
  process.stdout.write(`${JSON.stringify({ staff: ws(server.url), wall: ws(server.wallUrl) } satisfies Urls)}\n`);
}

/**
 * Child: one wall seat that reads the journal as fast as the server lets it. It never waits for
 * an answer before asking again (it keeps FLOOD_AHEAD asks in flight, topping up on every reply,
 * so the server always has its reads queued), and counts its replies to stdout each second.
 */
async function runFlood(url: string): Promise<void> {
  const ws = await open(url);
  let id = 0;
  let replies = 0;
  const ask = (): void => ws.send(JSON.stringify({ id: id++, method: 'journal.list', params: { limit: 100 } }));
  ws.on('message', () => {
    replies++;
    ask();
  });
  for (let i = 0; i < FLOOD_AHEAD; i++) ask();
  setInterval(() => process.stdout.write(`${replies}\n`), 1000);
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { maxPayload: 1024 * 1024 * 1024 });
    ws.once('message', () => resolve(ws)); // the hello frame
    ws.once('error', reject);
  });
}

function child(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function firstLine(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let err = '';
    proc.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    proc.stdout?.once('data', (d: Buffer) => resolve(d.toString().split('\n')[0] ?? ''));
    proc.once('exit', (code) => reject(new Error(`child exited (${code}): ${err}`)));
  });
}

const sleep = (msec: number): Promise<void> => new Promise((r) => setTimeout(r, msec));

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-seats-'));
  const path = await seedBoard(dir, 'Seats', ENTRIES);
  console.log(
    `\n== Seats: ${SEATS} seats over loopback, one writes ${WRITES} journal entries ${GAP_MS} ms apart; ` +
      `one more seat floods journal.list {limit: 100} (${FLOOD_AHEAD} in flight) over ${ENTRIES} entries`,
  );
  const server = child(['server', path, dir]);
  const urls = JSON.parse(await firstLine(server)) as Urls;

  // Seat 0 writes; seats 1–9 read (the last of them the wall display) and note each arrival.
  const seats: WebSocket[] = [];
  for (let i = 0; i < SEATS; i++) seats.push(await open(i === SEATS - 1 ? urls.wall : urls.staff));
  const sentAt = new Map<number, number>();
  const delays: number[] = [];
  let arrivals = 0;
  for (const seat of seats.slice(1)) {
    seat.on('message', (data: WebSocket.RawData) => {
      const at = performance.now();
      const frame = JSON.parse(data.toString()) as { event?: string; data?: { entry?: { text?: string } } };
      const text = frame.event === 'journal.appended' ? frame.data?.entry?.text : undefined;
      if (!text?.startsWith(MARK)) return;
      const sent = sentAt.get(Number(text.slice(MARK.length)));
      if (sent === undefined) return;
      delays.push(at - sent);
      arrivals++;
    });
  }
  const writer = seats[0];
  if (!writer) throw new Error('no writer seat');
  let writerId = 0;
  const writerCall = (method: string, params: unknown): void => writer.send(JSON.stringify({ id: writerId++, method, params }));
  writerCall('session.identify', { name: 'Bench Bänksson' });
  await sleep(200);

  const flood = child(['flood', urls.wall]);
  const floodReplies: number[] = [];
  flood.stdout?.on('data', (d: Buffer) => {
    for (const n of d.toString().split('\n').filter(Boolean)) floodReplies.push(Number(n));
  });
  await sleep(1000); // the flood is under way before the first write

  const t0 = performance.now();
  for (let i = 0; i < WRITES; i++) {
    sentAt.set(i, performance.now());
    writerCall('journal.append', { kind: 'information', text: `${MARK}${i}` });
    await sleep(GAP_MS);
  }
  // Every seat's events for the last writes, or a clear count of what never came.
  const expected = WRITES * (SEATS - 1);
  const giveUp = performance.now() + 10_000;
  while (arrivals < expected && performance.now() < giveUp) await sleep(20);
  const elapsed = (performance.now() - t0) / 1000;
  const floodTotal = floodReplies[floodReplies.length - 1] ?? 0;

  flood.kill();
  for (const seat of seats) seat.terminate();
  server.kill();
  rmSync(dir, { recursive: true, force: true });

  const f = (n: number): string => `${n.toFixed(1)} ms`;
  console.log(`events received          ${arrivals} of ${expected} (${WRITES} writes × ${SEATS - 1} seats) in ${elapsed.toFixed(1)} s`);
  console.log(`write → other seats      p50 ${f(percentile(delays, 50))}  p95 ${f(percentile(delays, 95))}  max ${f(Math.max(...delays))}   (target: p95 ≤ 200 ms)`);
  console.log(`flooding seat's reads    ${floodTotal} journal.list replies (${(floodTotal / Math.max(1, floodReplies.length)).toFixed(0)}/s)`);
}

if (process.argv[2] === 'server') {
  await runServer(process.argv[3] ?? '', process.argv[4] ?? '');
} else if (process.argv[2] === 'flood') {
  await runFlood(process.argv[3] ?? '');
} else {
  await main();
}
