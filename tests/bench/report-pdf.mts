// Issue 12's speed: a lägesrapport covering 500 entries (with the map's features) rendered to PDF.
// Prints figures, asserts nothing. Needs `npm run build` (the CLI) and Chromium, as the e2e tests do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/index.js';
import { percentile } from './stats.js';

const ENTRIES = Number(process.env.BENCH_REPORT_ENTRIES ?? 500);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'samlad-bench-report-'));
try {
  const core = createCore({ dataDir: dir, watchIntervalMs: 0, verifyOnOpen: false });
  const caller = { role: 'staff' as const, name: 'Bänk' };
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const r = await core.dispatch(method, input, caller);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.result;
  };
  const board = (await call('boards.create', { name: 'Bänkstorm', kommun_code: '2180', exercise: true })) as { path: string };
  for (let i = 0; i < ENTRIES; i++) {
    await call('journal.append', { kind: i % 3 === 0 ? 'decision' : 'action', text: `Åtgärd ${i}: trygghetspunkt, reservkraft och information till boende i området`, significant: i % 5 === 0 });
  }
  for (let i = 0; i < 50; i++) await call('map.create', { geometry: { type: 'Point', coordinates: [17.0 + i / 100, 60.6 + i / 200] }, title: `Objekt ${i}`, category: 'resurs' });
  await call('reports.create', {});
  await call('reports.freeze', { number: 1 });
  core.close();
  const cli = join(process.cwd(), 'dist/cli.cjs');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(dir, `r${i}.pdf`);
    const t0 = performance.now();
    execFileSync(process.execPath, [cli, 'report', 'export', '--db', board.path, '--number', '1', '--format', 'pdf', '--out', out], { env: { ...process.env, SAMLAD_DATA_DIR: dir } });
    times.push(performance.now() - t0);
    if (i === 0) console.log(`PDF of a report covering ${ENTRIES} entries and 50 map features: ${Math.round(statSync(out).size / 1024)} KiB`);
  }
  console.log(`report → PDF through samlad report export (CLI start, render in Chromium, write)  p50 ${(percentile(times, 50) / 1000).toFixed(2)} s  max ${(Math.max(...times) / 1000).toFixed(2)} s  (n=${RUNS}; target ≤ 2 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
