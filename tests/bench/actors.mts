// Prints figures for the actors capability, asserts nothing: a status report through the full API
// path (entry + status record + projection + events), the status panel's read (actors.list) as
// the history grows, and verify of a board with that history. Run: npx tsx tests/bench/actors.mts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staff, wall } from '../callers.js';
import { createCore, verifyBoardFile } from '../../electron/core/index.js';
import { ms, percentile, time } from './stats.js';

const REPORTS = Number(process.env.BENCH_ACTOR_REPORTS ?? 5000);
const LEVELS = ['normal', 'heightened', 'staff', 'activated'] as const;

const dir = mkdtempSync(join(tmpdir(), 'samlad-bench-actors-'));
const core = createCore({ dataDir: dir, watchIntervalMs: 0, verifyOnOpen: false });
const writer = staff('Bench Bänksson');

function line(label: string, samples: number[]): void {
  console.log(`${label.padEnd(44)} p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  p99 ${ms(percentile(samples, 99))}  (n=${samples.length})`);
}

try {
  const created = await core.dispatch('boards.create', { name: 'Bänk', kommun_code: '0180', exercise: true }, writer);
  if (!created.ok) throw new Error(created.error.message);
  const listed = await core.dispatch('actors.list', {}, writer);
  const ids = listed.ok ? (listed.result as { actors: { id: number }[] }).actors.map((a) => a.id) : [];
  console.log(`\n== Actors: ${ids.length} seeded actors (Stockholm), ${REPORTS} status reports`);
  const reports = await time(REPORTS, async (i) => {
    const r = await core.dispatch('actors.setStatus', { id: ids[i % ids.length] ?? 1, level: LEVELS[i % 4], situation: `Läge ${i}`, needs: i % 3 === 0 ? 'Förstärkning' : null }, writer);
    if (!r.ok) throw new Error(r.error.message);
  });
  line('actors.setStatus (entry + status, one commit)', reports);
  for (const [label, caller] of [['actors.list as staff', writer], ['actors.list as wall', wall()]] as const) {
    line(label, await time(300, () => core.dispatch('actors.list', {}, caller)));
  }
  line('actors.get (with its history)', await time(300, (i) => core.dispatch('actors.get', { id: ids[i % ids.length] }, writer)));
  const path = created.ok ? (created.result as { path: string }).path : '';
  core.close();
  const t0 = performance.now();
  const v = verifyBoardFile(path);
  console.log(`verify of ${v.count} records (ok: ${v.ok})`.padEnd(44), ms(performance.now() - t0));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
