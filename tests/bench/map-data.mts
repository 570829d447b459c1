// npm run bench: prints figures, asserts nothing. Targets (issue 9): import of 10 000 features
// ≤ 2 s; replay to any moment at 10 000 features ≤ 200 ms. Both through the full API path
// (dispatch, input schema, the one write path / a read transaction), on a real board file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/index.js';
import { staff } from '../callers.js';
import { ms, percentile, time } from './stats.js';

const FEATURES = Number(process.env.BENCH_MAP_FEATURES ?? 10_000);
const CHANGES = Number(process.env.BENCH_MAP_CHANGES ?? 1_000);
const IMPORT_RUNS = Number(process.env.BENCH_MAP_IMPORTS ?? 3);
const REPLAYS = Number(process.env.BENCH_MAP_REPLAYS ?? 30);

const dir = mkdtempSync(join(tmpdir(), 'samlad-bench-map-'));
const writer = staff('Bench Bänksson');
const START = Date.parse('2026-11-23T08:00:00.000Z');

/** Points across Sweden's bounding box and some areas: the shape of a real picture's import. */
function geojson(n: number): string {
  const features = Array.from({ length: n }, (_, i) => {
    const lon = 11 + ((i * 7919) % 13_000) / 1_000;
    const lat = 55.5 + ((i * 104_729) % 13_000) / 1_000;
    if (i % 20 === 0) {
      const ring = [[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]];
      return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { name: `Område ${i}`, category: 'hazard' } };
    }
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { name: `Objekt ${i}`, category: 'resurs', actor: 'Räddningstjänsten' } };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function call(core: Core, method: string, params: unknown): Promise<unknown> {
  const reply = await core.dispatch(method, params, writer);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.code} ${reply.error.message}`);
  return reply.result;
}

async function board(name: string, now: () => Date): Promise<Core> {
  const core = createCore({ dataDir: join(dir, name), watchIntervalMs: 0, verifyOnOpen: false, now });
  await call(core, 'boards.create', { name: `Bänk ${name}`, kommun_code: '2180', exercise: true });
  return core;
}

async function benchImport(text: string): Promise<void> {
  console.log(`\n== map.import of ${FEATURES} features (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB of GeoJSON), target ≤ 2 s`);
  const runs: number[] = [];
  for (let r = 0; r < IMPORT_RUNS; r++) {
    const core = await board(`import-${r}`, () => new Date());
    const [t] = await time(1, () => call(core, 'map.import', { file_name: 'bänk.geojson', text }));
    runs.push(t ?? Number.NaN);
    core.close();
  }
  console.log(`map.import, whole file, one transaction      ${runs.map(ms).join('  ')}  (median ${ms(percentile(runs, 50))})`);
}

async function benchReplay(text: string): Promise<void> {
  let now = START;
  const core = await board('replay', () => new Date(now));
  await call(core, 'map.import', { file_name: 'bänk.geojson', text });
  // Later versions across the day: changes a second apart, some ended.
  for (let i = 0; i < CHANGES; i++) {
    now = START + (i + 1) * 1_000;
    const id = 1 + ((i * 7) % FEATURES);
    const current = (await call(core, 'map.get', { id })) as { version: number; status: string };
    if (current.status === 'ended') continue;
    if (i % 5 === 4) await call(core, 'map.end', { id, version: current.version });
    else await call(core, 'map.change', { id, version: current.version, title: `Objekt ${id} v${current.version + 1}` });
  }
  console.log(`\n== map.list at a moment, ${FEATURES} features with ${CHANGES} later versions, target ≤ 200 ms`);
  const span = CHANGES * 1_000;
  const moments = Array.from({ length: REPLAYS }, (_, i) => new Date(START + Math.floor(((i * 7_919) % REPLAYS) / REPLAYS * span)).toISOString());
  const replay = await time(REPLAYS, (i) => call(core, 'map.list', { at: moments[i] }));
  const live = await time(REPLAYS, () => call(core, 'map.list', {}));
  const since = await time(REPLAYS, (i) => call(core, 'map.changedSince', { since: moments[i] }));
  const line = (label: string, s: number[]): void => console.log(`${label.padEnd(44)} p50 ${ms(percentile(s, 50))}  p95 ${ms(percentile(s, 95))}  max ${ms(Math.max(...s))}  (n=${s.length})`);
  line('map.list { at } (replay)', replay);
  line('map.list {} (live)', live);
  line('map.changedSince { since }', since);
  core.close();
}

try {
  const text = geojson(FEATURES);
  await benchImport(text);
  await benchReplay(text);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
