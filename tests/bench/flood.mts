// Issue 6, defect 1: one wall seat floods the seat server with journal.list calls for large
// entries while a staff seat keeps working. Prints the server's peak memory (RSS) and the staff
// seat's longest wait for a reply; asserts nothing. The server runs in a child process so that
// a crash (out of memory) is reported rather than taking the bench with it.
//
//   npx tsx tests/bench/flood.mts      FLOOD_ENTRIES, FLOOD_CHARS, FLOOD_FRAMES change the sizes;
//   FLOOD_WALL_READS=0: the wall seat never reads its replies (then the run ends after FLOOD_IDLE_MS).
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { createCore } from '../../electron/core/index.js';
import { openBoardDb } from '../../electron/core/db/open.js';
import { appendEntry } from '../../electron/core/journal/write.js';
import { PROJECTIONS } from '../../electron/core/projections.js';
import { RecordLog } from '../../electron/core/record/log.js';
import { WriteContext } from '../../electron/core/record/write.js';
import { startSeatServer } from '../../electron/seats/server.js';
import { seedBoard } from './seed.js';

const ENTRIES = Number(process.env.FLOOD_ENTRIES ?? 500);
const CHARS = Number(process.env.FLOOD_CHARS ?? 20_000);
const FRAMES = Number(process.env.FLOOD_FRAMES ?? 250);
const WALL_READS = process.env.FLOOD_WALL_READS !== '0';
const IDLE_MS = Number(process.env.FLOOD_IDLE_MS ?? 40_000);
const GIVE_UP_MS = WALL_READS ? 180_000 : IDLE_MS;

/** Child: serve the board given on the command line; the two seat URLs go to stdout. */
async function runServer(path: string, dataDir: string): Promise<void> {
  const core = createCore({ dataDir, watchIntervalMs: 0, verifyOnOpen: false });
  core.openBoardFile(path);
  const server = await startSeatServer({ core, rendererDir: dataDir });
  const ws = (url: string): string => url.replace('http://', 'ws://').replace('/?token=', '/api?token=');
  process.stdout.write(`${JSON.stringify({ staff: ws(server.url), wall: ws(server.wallUrl) })}\n`);
}

function seedLarge(path: string): void {
  const { db } = openBoardDb(path);
  let clock = Date.parse('2026-11-20T06:00:00Z');
  const log = new RecordLog(db);
  const text = '€'.repeat(CHARS);
  db.transaction(() => {
    for (let i = 0; i < ENTRIES; i++) {
      const ctx = new WriteContext(db, log, PROJECTIONS, 'Flood Floodsson', new Date((clock += 7_000)));
      appendEntry(ctx, { kind: 'information', text, actor: null, occurred_at: null, significant: false });
    }
  })();
  db.close();
}

function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { maxPayload: 1024 * 1024 * 1024 });
    ws.once('message', () => resolve(ws)); // the hello frame
    ws.once('error', reject);
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-flood-'));
  const path = await seedBoard(dir, 'Flood', 0);
  seedLarge(path);
  console.log(
    `== Flood: ${ENTRIES} entries of ${CHARS} × "€", ${FRAMES} journal.list {limit: 500} frames in one burst from the wall seat` +
      (WALL_READS ? '' : `, which never reads its replies (${IDLE_MS / 1000} s)`),
  );

  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'server', path, dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const urls = await new Promise<{ staff: string; wall: string }>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(JSON.parse(d.toString()) as { staff: string; wall: string }));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  const died = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(`server died (${code ?? signal}): ${stderr.trim().split('\n').slice(-2).join(' | ')}`)));
  let peakRss = rssMiB(child.pid ?? 0) ?? 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB(child.pid ?? 0) ?? 0)), 20);

  const wall = await open(urls.wall);
  if (!WALL_READS) wall.pause();
  const staff = await open(urls.staff);
  const t0 = Date.now();
  let wallReplies = 0;
  const wallDone = new Promise<void>((resolve) =>
    wall.on('message', () => {
      if (++wallReplies === FRAMES) resolve();
    }),
  );
  for (let i = 0; i < FRAMES; i++) wall.send(JSON.stringify({ id: i, method: 'journal.list', params: { limit: 500 } }));

  // The staff seat asks one small thing after another and notes how long each answer takes.
  const waits: number[] = [];
  let stop = false;
  let pendingSince: number | null = null;
  const staffLoop = (async () => {
    let id = 0;
    while (!stop) {
      const sent = Date.now();
      pendingSince = sent;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          staff.off('message', onMessage);
          staff.off('close', done);
          resolve();
        };
        const onMessage = (data: WebSocket.RawData): void => {
          if ((JSON.parse(data.toString()) as { id?: unknown }).id === id) done();
        };
        staff.on('message', onMessage);
        staff.once('close', done);
        staff.send(JSON.stringify({ id, method: 'journal.list', params: { limit: 1 } }));
      });
      waits.push(Date.now() - sent);
      pendingSince = null;
      id++;
      if (staff.readyState !== WebSocket.OPEN) return;
    }
  })();

  const outcome = await Promise.race([
    wallDone.then(() => `wall burst answered (${FRAMES} replies)`),
    died,
    new Promise<string>((resolve) => setTimeout(() => resolve(`gave up after ${GIVE_UP_MS / 1000} s`), GIVE_UP_MS)),
    new Promise<string>((resolve) => wall.once('close', (code) => resolve(`wall socket closed (${code}) after ${wallReplies} replies`))),
  ]);
  const elapsed = Date.now() - t0;
  // A call still unanswered when the run ends counts with what it has waited so far.
  if (pendingSince !== null) waits.push(Date.now() - pendingSince);
  stop = true;
  await Promise.race([staffLoop, new Promise((r) => setTimeout(r, 5_000))]);
  clearInterval(sampler);
  wall.terminate();
  staff.terminate();
  child.kill();
  rmSync(dir, { recursive: true, force: true });

  console.log(`outcome                  ${outcome}, after ${(elapsed / 1000).toFixed(1)} s`);
  console.log(`server peak RSS          ${peakRss.toFixed(0)} MiB`);
  console.log(`staff longest wait       ${Math.max(0, ...waits)} ms over ${waits.length} calls`);
}

if (process.argv[2] === 'server') {
  await runServer(process.argv[3] ?? '', process.argv[4] ?? '');
} else {
  await main();
}
