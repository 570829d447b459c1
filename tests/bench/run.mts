// npm run bench: prints figures, asserts nothing. Targets (issue 8): journal.append through the
// full API path p50 ≤ 1.5× a bare INSERT into the same board schema, p99 ≤ 10 ms; at 1 000 000
// entries a word search p95 ≤ 50 ms, with a kind filter ≤ 100 ms; verify of the whole record ≤ 5 s.
import Database from 'better-sqlite3';
import { staff } from '../callers.js';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, verifyBoardFile, verifyBoardFileInParallel } from '../../electron/core/index.js';
import { openBoardDb } from '../../electron/core/db/open.js';
import { sortKey } from '../../electron/core/journal/row.js';
import { seedBoard } from './seed.js';
import { startSeatServer } from '../../electron/seats/server.js';
import { connect } from '../unit/ws-client.js';
import { SEARCHES, journalText } from './words.js';
import { ms, percentile, time } from './stats.js';

const APPENDS = Number(process.env.BENCH_APPENDS ?? 2000);
const SEARCH_ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const SEARCH_RUNS = Number(process.env.BENCH_SEARCHES ?? 300);
/** BENCH_ONLY=append|search|verify runs one part (search and verify need the seeded board). */
const ONLY = process.env.BENCH_ONLY ?? 'all';
/** BENCH_BOARD=FILE: the seeded board to use; seeded there and kept when it does not exist yet. */
const KEPT_BOARD = process.env.BENCH_BOARD;

const dir = mkdtempSync(join(tmpdir(), 'samlad-bench-'));
const writer = staff('Bench Bänksson');

function line(label: string, samples: number[]): void {
  console.log(`${label.padEnd(44)} p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  p99 ${ms(percentile(samples, 99))}  (n=${samples.length})`);
}

async function benchAppend(): Promise<void> {
  console.log(`\n== Journal append, ${APPENDS} each, WAL + synchronous=FULL, on ${dir}`);
  // Bare better-sqlite3: the same pragmas, one INSERT of the same columns per transaction.
  const bare = new Database(join(dir, 'bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.pragma('foreign_keys = ON');
  bare.exec(`CREATE TABLE journal_entry (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, text TEXT NOT NULL, actor TEXT,
    occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, significant INTEGER NOT NULL, corrects INTEGER,
    correction_reason TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`);
  const insert = bare.prepare(
    'INSERT INTO journal_entry (kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)',
  );
  // Bare INSERT into a board's own schema (its indexes, guards and full-text trigger): one
  // journal row per transaction. The API path writes that row and its record, hashed and chained.
  const { db: schemaDb } = openBoardDb(await seedBoard(join(dir, 'schema'), 'Bench schema', 0));
  const schemaInsert = schemaDb.prepare(
    'INSERT INTO journal_entry (seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, "by", record_seq, sort_key) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, NULL, ?, ?, ?)',
  );
  let schemaSeq = 0;
  // The same with the record row the schema now asks for beside it: both rows as bare INSERTs in
  // one transaction, no hashing, checks or events. The floor SQLite sets for what append writes.
  const { db: pairDb } = openBoardDb(await seedBoard(join(dir, 'pair'), 'Bench pair', 0));
  const pairRecord = pairDb.prepare(
    'INSERT INTO record (seq, type, subject, "by", payload, occurred_at, recorded_at, prev_hash, hash) VALUES (?, \'journal.entry\', ?, ?, ?, ?, ?, ?, ?)',
  );
  const pairEntry = pairDb.prepare(
    'INSERT INTO journal_entry (seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, "by", record_seq, sort_key) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, NULL, ?, ?, ?)',
  );
  let pairSeq = (pairDb.prepare('SELECT max(seq) AS n FROM record').get() as { n: number }).n;
  const pairInsert = pairDb.transaction((text: string) => {
    const now = new Date().toISOString();
    const seq = ++pairSeq;
    const payload = JSON.stringify({ actor: 'SMHI', kind: 'information', text });
    pairRecord.run(seq, `journal/${seq}`, 'Bench Bänksson', payload, now, now, 'x'.repeat(64), 'y'.repeat(64));
    pairEntry.run(seq, 'information', text, 'SMHI', now, now, 'Bench Bänksson', seq, sortKey(now, seq));
  });

  const core = createCore({ dataDir: dir, watchIntervalMs: 0, verifyOnOpen: false });
  const created = await core.dispatch('boards.create', { name: 'Bench', kommun_code: '2180', exercise: true }, writer);
  if (!created.ok) throw new Error(created.error.message);
  const server = await startSeatServer({ core, rendererDir: dir });
  const client = await connect(server.url.replace('http://', 'ws://').replace('/?token=', '/api?token='));
  await client.call('session.identify', { name: 'Bench Bänksson' });

  // Interleave short rounds so disk noise (other programs' writes come and go) hits every side alike.
  const bareTimes: number[] = [];
  const schemaTimes: number[] = [];
  const apiTimes: number[] = [];
  const pairTimes: number[] = [];
  const wsTimes: number[] = [];
  const fanOutTimes: number[] = [];
  const rounds = APPENDS / 20;
  for (let r = 0; r < rounds; r++) {
    const n = APPENDS / rounds;
    bareTimes.push(...(await time(n, (i) => {
      const now = new Date().toISOString();
      insert.run('information', journalText(i), 'SMHI', now, now, 0, 'x'.repeat(64), 'y'.repeat(64));
    })));
    schemaTimes.push(...(await time(n, (i) => {
      const now = new Date().toISOString();
      const seq = ++schemaSeq;
      schemaInsert.run(seq, 'information', journalText(i), 'SMHI', now, now, 'Bench Bänksson', 1_000_000 + seq, sortKey(now, seq));
    })));
    pairTimes.push(...(await time(n, (i) => pairInsert(journalText(i)))));
    apiTimes.push(...(await time(n, (i) => core.dispatch('journal.append', { kind: 'information', text: journalText(i), actor: 'SMHI' }, writer))));
    wsTimes.push(...(await time(n / 2, (i) => client.call('journal.append', { kind: 'call', text: journalText(i), actor: 'Polisen' }))));
    // The same, until its event is written to the connected seat too (seats get events after the
    // writer's reply, at the end of the turn): the whole cost, fan-out included.
    fanOutTimes.push(...(await time(n / 2, async (i) => {
      await core.dispatch('journal.append', { kind: 'information', text: journalText(i), actor: 'SMHI' }, writer);
      await new Promise((resolve) => setImmediate(resolve));
    })));
  }
  line('bare better-sqlite3 INSERT', bareTimes);
  line('bare INSERT of a journal row (+FTS), board schema', schemaTimes);
  line('bare INSERTs of a record row + journal row', pairTimes);
  line('journal.append, full API path (dispatch)', apiTimes);
  line('journal.append over WebSocket (seat server)', wsTimes);
  line('journal.append + its event out to 1 seat', fanOutTimes);
  console.log(`ratio API/schema INSERT: p50 ${(percentile(apiTimes, 50) / percentile(schemaTimes, 50)).toFixed(2)}×  p99 ${(percentile(apiTimes, 99) / percentile(schemaTimes, 99)).toFixed(2)}×   (targets: p50 ≤ 1.5×; what the record row, validation, hashing, the chain head and events add)`);
  console.log(`ratio API/record+journal INSERTs: p50 ${(percentile(apiTimes, 50) / percentile(pairTimes, 50)).toFixed(2)}×   (for information: what our code adds over the two rows the schema writes)`);
  console.log(`ratio API+fan-out/schema INSERT: p50 ${(percentile(fanOutTimes, 50) / percentile(schemaTimes, 50)).toFixed(2)}×   (for information: the writer's reply does not wait for the seats' sockets)`);
  console.log(`ratio API/bare: p50 ${(percentile(apiTimes, 50) / percentile(bareTimes, 50)).toFixed(2)}×  p99 ${(percentile(apiTimes, 99) / percentile(bareTimes, 99)).toFixed(2)}×   (target: API p99 ≤ 10 ms)`);
  client.close();
  await server.close();
  core.close();
  bare.close();
  schemaDb.close();
  pairDb.close();
}

/** The board of SEARCH_ENTRIES entries the search and verify figures are taken on. */
async function seededBoard(): Promise<string> {
  if (KEPT_BOARD !== undefined && existsSync(KEPT_BOARD)) return KEPT_BOARD;
  const t0 = Date.now();
  const seeded = await seedBoard(dir, 'Bench search', SEARCH_ENTRIES);
  console.log(`seeded ${SEARCH_ENTRIES} entries (one record each) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (KEPT_BOARD === undefined) return seeded;
  renameSync(seeded, KEPT_BOARD);
  return KEPT_BOARD;
}

async function benchSearch(path: string): Promise<void> {
  console.log(`\n== Search at ${SEARCH_ENTRIES} entries, ${SEARCH_RUNS} queries each (first page of 200, with total)`);

  const core = createCore({ dataDir: dir, watchIntervalMs: 0, verifyOnOpen: false });
  core.openBoardFile(path);
  const list = (params: unknown) => core.dispatch('journal.list', params, writer);
  const q = (i: number) => SEARCHES[i % SEARCHES.length] ?? 'brand';
  line('search (recency order)', await time(SEARCH_RUNS, (i) => list({ query: { search: q(i) }, limit: 200 })));
  line('search + kind filter', await time(SEARCH_RUNS, (i) => list({ query: { search: q(i), kinds: ['decision', 'call'] }, limit: 200 })));
  line('search, deep page (offset 2000)', await time(SEARCH_RUNS / 3, (i) => list({ query: { search: q(i) }, offset: 2000, limit: 200 })));
  line('no search, first page', await time(SEARCH_RUNS, () => list({ limit: 200 })));
  line(`no search, page at offset ${Math.floor(SEARCH_ENTRIES * 0.9)}`, await time(SEARCH_RUNS / 3, () => list({ offset: Math.floor(SEARCH_ENTRIES * 0.9), limit: 200 })));
  line('kind filter, first page', await time(SEARCH_RUNS, () => list({ query: { kinds: ['decision'] }, limit: 200 })));
  line('actor + significant filter', await time(SEARCH_RUNS, () => list({ query: { actor: 'SMHI', significant: true }, limit: 200 })));
  core.close();
}

async function benchVerify(path: string): Promise<void> {
  // The whole record: the chain recomputed and every projection rebuilt and compared; in one
  // thread (as the app's background check does), and as samlad verify does: its quick pass, a
  // worker thread per range of records on every core.
  const v0 = process.hrtime.bigint();
  const result = verifyBoardFile(path);
  const one = Number(process.hrtime.bigint() - v0) / 1e9;
  console.log(`verify whole record, one thread (${result.count} records, ok=${String(result.ok)})`.padEnd(44), `${one.toFixed(2)} s`);
  const worker = join(import.meta.dirname, '../../dist/chain-worker.cjs');
  if (existsSync(worker)) {
    const p0 = process.hrtime.bigint();
    const both = await verifyBoardFileInParallel(path, worker);
    const two = Number(process.hrtime.bigint() - p0) / 1e9;
    console.log(`verify whole record, samlad verify (ok=${String(both.ok)})`.padEnd(44), `${two.toFixed(2)} s   (target ≤ 5 s at 1 000 000)`);
  } else {
    console.log('verify with its worker threads: run npm run build first (dist/chain-worker.cjs)');
  }
}

if (ONLY === 'all' || ONLY === 'append') await benchAppend();
if (ONLY !== 'append') {
  const board = await seededBoard();
  if (ONLY === 'all' || ONLY === 'search') await benchSearch(board);
  if (ONLY === 'all' || ONLY === 'verify') await benchVerify(board);
}
rmSync(dir, { recursive: true, force: true });
