// npm run bench (map) — issue 9's drawing speed: 10 000 point features and 500 areas on the map
// in Chromium through the seat server, pan and zoom frame times (p50/p95), against bare Leaflet
// canvas markers with the same data, same size and the same moves in the same run. Prints
// figures; asserts nothing. Needs dist/ (npm run build) and Chromium.
import { chromium, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.js';
import { POINT_CATEGORIES } from '../../shared/map/categories.js';
import { seedBoard } from './seed.js';
import { ms, percentile } from './stats.js';

const POINTS = Number(process.env.BENCH_MAP_POINTS ?? 10_000);
const AREAS = Number(process.env.BENCH_MAP_AREAS ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'samlad-map-bench-'));

// Gävle (the seeded board's kommun): points and small squares spread over it, the same every run.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const at = () => [16.85 + rand() * 0.6, 60.55 + rand() * 0.25] as const;
const features: object[] = [];
for (let i = 0; i < POINTS; i++) {
  features.push({ type: 'Feature', properties: { title: `Punkt ${i}`, category: POINT_CATEGORIES[i % POINT_CATEGORIES.length] }, geometry: { type: 'Point', coordinates: at() } });
}
for (let i = 0; i < AREAS; i++) {
  const [x, y] = at();
  const d = 0.004 + rand() * 0.01;
  features.push({ type: 'Feature', properties: { title: `Område ${i}`, category: 'affected' }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d / 2], [x, y + d / 2], [x, y]]] } });
}
const file = join(dir, 'bench.geojson');
writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
const path = await seedBoard(dir, 'Kartbänk', 1);
execFileSync(process.execPath, ['dist/cli.cjs', 'map', 'import', '--db', path, '--file', file, '--by', 'Bench Bänksson'], { stdio: 'ignore' });

const server = spawn(process.execPath, ['dist/cli.cjs', 'serve', '--db', path, '--data-dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout }).once('line', resolve));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * The same drag and wheel zooms on a map at `box`; returns every frame's duration (ms) meanwhile,
 * and the main thread's long tasks (over 50 ms) summed: frame times come in whole vsyncs and move
 * with the machine's load, the long tasks' total tells the page's own work apart more finely.
 * Page code as source text (tsx would wrap a function in helpers the page lacks).
 */
async function panAndZoom(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<{ frames: number[]; longTasks: number }> {
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__long = 0;
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long += e.duration; });
    window.__observer.observe({ type: 'longtask' });
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let round = 0; round < 2; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) await page.mouse.move(cx + (round ? -i : i) * 8, cy + i * 3);
    await page.mouse.up();
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, round ? 120 : -120);
      await page.waitForTimeout(300);
    }
  }
  return page.evaluate(`(() => { window.__recording = false; window.__observer.disconnect(); return { frames: window.__frames.slice(1), longTasks: window.__long }; })()`);
}

function report(label: string, run: { frames: number[]; longTasks: number }): { p95: number; longTasks: number } {
  const { frames, longTasks } = run;
  const p95 = percentile(frames, 95);
  console.log(`${label.padEnd(44)} p50 ${ms(percentile(frames, 50))}  p95 ${ms(p95)}  max ${ms(Math.max(...frames))}  (${frames.length} frames)  long tasks ${ms(longTasks)}`);
  return { p95, longTasks };
}

// Samlad's map pane (wall layout: the map large).
const app = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await app.addInitScript(() => localStorage.setItem('samlad.person', 'Bench Bänksson'));
// BENCH_MAP_HIDE=1: every status switched off in the legend, to see what the basemap alone costs.
if (process.env.BENCH_MAP_NONAMES === '1') await app.addInitScript(() => localStorage.setItem('samlad.map.prefs', JSON.stringify({ placeNames: false })));
if (process.env.BENCH_MAP_HIDE === '1') await app.addInitScript(() => localStorage.setItem('samlad.map.prefs', JSON.stringify({ hiddenStatuses: ['planned', 'active', 'ended'] })));
await app.goto(url);
const canvas = app.getByTestId('map-canvas');
await app.locator(`[data-testid="map-canvas"][data-features="${process.env.BENCH_MAP_HIDE === '1' ? 0 : POINTS + AREAS}"]`).waitFor({ timeout: 120_000 });
await app.waitForTimeout(1000);
const box = await canvas.boundingBox();
if (!box) throw new Error('no map');
const view = (await canvas.getAttribute('data-view')) ?? '';
const [lat, lng, zoom] = view.split(',').map(Number);

// Bare Leaflet: the same size, view and data, canvas circle markers and polygons, nothing else.
const bare = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await bare.setContent(`<div id="m" style="position:absolute;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px"></div>`);
await bare.addStyleTag({ path: 'node_modules/leaflet/dist/leaflet.css' });
await bare.addScriptTag({ path: 'node_modules/leaflet/dist/leaflet.js' });
await bare.evaluate(`(() => {
  const data = ${JSON.stringify({ type: 'FeatureCollection', features })};
  const map = L.map('m', { preferCanvas: true }).setView([${lat}, ${lng}], ${zoom});
  L.geoJSON(data, { pointToLayer: (_f, ll) => L.circleMarker(ll, { radius: 16 }) }).addTo(map);
})()`);
await bare.waitForTimeout(1000);

console.log(`\n== Map in Chromium, ${POINTS} points + ${AREAS} areas, ${Math.round(box.width)}×${Math.round(box.height)} px map, zoom ${zoom}`);
const rounds = Number(process.env.BENCH_MAP_ROUNDS ?? 2);
const appRuns: { p95: number; longTasks: number }[] = [];
const bareRuns: { p95: number; longTasks: number }[] = [];
for (let r = 0; r < rounds; r++) {
  await app.bringToFront();
  appRuns.push(report(`Samlad map pane, pan + zoom (round ${r + 1})`, await panAndZoom(app, box)));
  await bare.bringToFront();
  bareRuns.push(report(`bare Leaflet canvas markers (round ${r + 1})`, await panAndZoom(bare, box)));
}
const median = (xs: number[]) => percentile(xs, 50);
const p95Ratio = median(appRuns.map((x) => x.p95)) / median(bareRuns.map((x) => x.p95));
console.log(`${'p95 ratio, Samlad / bare Leaflet (median)'.padEnd(44)} ${p95Ratio.toFixed(2)}×  (issue 9 asks ≤ 1.2×; p95 ≤ 16.7 ms)`);
console.log(`${'long tasks, Samlad / bare Leaflet (median)'.padEnd(44)} ${ms(median(appRuns.map((x) => x.longTasks)))} / ${ms(median(bareRuns.map((x) => x.longTasks)))}`);

await browser.close();
server.kill();
rmSync(dir, { recursive: true, force: true });
