// Issue 12's speed: a lägesrapport covering 500 entries with a map snapshot of 200 features
// rendered to PDF. Prints figures, asserts nothing. Needs `npm run build` (the CLI) and Chromium,
// as the e2e tests do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { POINT_CATEGORIES } from '../../shared/map/categories.js';
import { chromiumPdfRenderer } from '../../electron/cli/pdf.js';
import { createCore } from '../../electron/core/index.js';
import { percentile } from './stats.js';

const ENTRIES = Number(process.env.BENCH_REPORT_ENTRIES ?? 500);
const FEATURES = Number(process.env.BENCH_REPORT_FEATURES ?? 200);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'samlad-bench-report-'));
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** A ring of `n` positions around a centre (an outline as drawn or imported), closed. */
function ring(lon: number, lat: number, n: number): [number, number][] {
  const r = Array.from({ length: n }, (_, i): [number, number] => [lon + 0.02 * Math.cos((i / n) * 2 * Math.PI) * (1 + (i % 3) / 10), lat + 0.01 * Math.sin((i / n) * 2 * Math.PI)]);
  return [...r, r[0] ?? [lon, lat]];
}

try {
  const pdf = chromiumPdfRenderer();
  const core = createCore({ dataDir: dir, watchIntervalMs: 0, verifyOnOpen: false, resourcesDir: resolve('resources'), pdf });
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
  // Around Gävle: three points in five, the rest lines and areas (50-vertex outlines).
  for (let i = 0; i < FEATURES; i++) {
    const lon = 16.75 + ((i * 37) % 100) / 180;
    const lat = 60.45 + ((i * 53) % 100) / 230;
    const geometry =
      i % 5 < 3
        ? { type: 'Point', coordinates: [lon, lat] }
        : i % 5 === 3
          ? { type: 'LineString', coordinates: ring(lon, lat, 30).slice(0, 20) }
          : { type: 'Polygon', coordinates: [ring(lon, lat, 50)] };
    const category = i % 5 < 3 ? POINT_CATEGORIES[i % POINT_CATEGORIES.length] : i % 5 === 3 ? (i % 2 ? 'closed_road' : 'route') : ['affected', 'evacuation', 'hazard', 'restricted'][i % 4];
    await call('map.create', { geometry, title: `Objekt ${i}`, category, status: i % 7 === 0 ? 'planned' : 'active' });
  }
  const t0 = performance.now();
  const report = (await call('reports.create', {})) as { body: { map: { svg: string; drawn: number } | null } };
  const composed = performance.now() - t0;
  console.log(`report composed with its map snapshot (${report.body.map?.drawn ?? 0} features drawn, SVG ${Math.round((report.body.map?.svg.length ?? 0) / 1024)} KiB): ${seconds(composed)}`);
  await call('reports.freeze', { number: 1 });

  if (pdf) {
    // What a report costs beyond Chromium itself: its start (once per seat server, or after a minute
    // idle), and an empty page on the running Chromium.
    const t1 = performance.now();
    await pdf('<!doctype html><html lang="sv"><title>tom</title><p>tom</p></html>');
    console.log(`first print, starting Chromium: ${seconds(performance.now() - t1)}  (load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${availableParallelism()} cores)`);
    const empty: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await pdf('<!doctype html><html lang="sv"><title>tom</title><p>tom</p></html>');
      empty.push(performance.now() - t);
    }
    console.log(`an empty page on the running Chromium  p50 ${seconds(percentile(empty, 50))}`);
    const inApp: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await call('reports.pdf', { number: 1 });
      inApp.push(performance.now() - t);
    }
    console.log(`report → PDF through reports.pdf (samlad serve's printer, Chromium running)  p50 ${seconds(percentile(inApp, 50))}  max ${seconds(Math.max(...inApp))}  (n=${RUNS}; target ≤ 2 s)`);
  } else {
    console.log('no Chromium: reports.pdf not measured');
  }
  core.close();

  const cli = join(process.cwd(), 'dist/cli.cjs');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(dir, `r${i}.pdf`);
    const t = performance.now();
    execFileSync(process.execPath, [cli, 'report', 'export', '--db', board.path, '--number', '1', '--format', 'pdf', '--out', out], { env: { ...process.env, SAMLAD_DATA_DIR: dir } });
    times.push(performance.now() - t);
    if (i === 0) console.log(`PDF of a report covering ${ENTRIES} entries and a map of ${FEATURES} features: ${Math.round(statSync(out).size / 1024)} KiB`);
  }
  console.log(`report → PDF through samlad report export (CLI start, render in Chromium, write)  p50 ${seconds(percentile(times, 50))}  max ${seconds(Math.max(...times))}  (n=${RUNS}; target ≤ 2 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
