// npm run bench:scroll — the journal list at 100 000 entries in Chromium through the seat server:
// how long until rows show, and frame times while scrolling (a flick to the middle, then steady
// wheel scrolling). Prints figures; asserts nothing. Needs dist/ (npm run build) and Chromium.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.js';
import { seedBoard } from './seed.js';
import { ms, percentile } from './stats.js';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'samlad-scroll-'));

const path = await seedBoard(dir, 'Scroll', ENTRIES);

const server = spawn(process.execPath, ['dist/cli.cjs', 'serve', '--db', path, '--data-dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout }).once('line', resolve));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

const t0 = Date.now();
// The person at this seat has said their name (every staff seat is asked once).
await page.addInitScript(() => localStorage.setItem('samlad.person', 'Bench Bänksson'));
await page.goto(url);
await page.locator('[data-testid="entry-list"] [data-seq]').first().waitFor();
console.log(`\n== Journal list in Chromium, ${ENTRIES} entries`);
console.log(`${'first rows visible after page load'.padEnd(44)} ${ms(Date.now() - t0)}`);

/**
 * Scrolls by `step` px per frame for `frames` frames; returns each frame's duration (ms). Sent as
 * source text: tsx would otherwise wrap the page function in helpers the page does not have.
 */
async function scroll(step: number, frames: number): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const list = document.querySelector('[data-testid="entry-list"]');
    const times = [];
    let last = performance.now();
    let n = 0;
    const tick = (now) => {
      times.push(now - last);
      last = now;
      list.scrollTop += ${step};
      if (++n < ${frames}) requestAnimationFrame(tick);
      else resolve(times.slice(1));
    };
    requestAnimationFrame(tick);
  })`);
}

const idle = await scroll(0, 120);
console.log(`${'idle page (frame time, for comparison)'.padEnd(44)} p50 ${ms(percentile(idle, 50))}  p95 ${ms(percentile(idle, 95))}  max ${ms(Math.max(...idle))}`);
const steady = await scroll(60, 300);
console.log(`${'steady scroll, 60 px/frame (frame time)'.padEnd(44)} p50 ${ms(percentile(steady, 50))}  p95 ${ms(percentile(steady, 95))}  max ${ms(Math.max(...steady))}`);
const flicks = await scroll(40_000, 60);
console.log(`${'fast flicks, 40 000 px/frame (frame time)'.padEnd(44)} p50 ${ms(percentile(flicks, 50))}  p95 ${ms(percentile(flicks, 95))}  max ${ms(Math.max(...flicks))}`);

const t1 = Date.now();
await page.evaluate(`(() => {
  const list = document.querySelector('[data-testid="entry-list"]');
  list.scrollTop = list.scrollHeight / 2;
})()`);
await page.waitForFunction(() => {
  const list = document.querySelector('[data-testid="entry-list"]');
  if (!list) return false;
  const box = list.getBoundingClientRect();
  const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return Boolean(el && el.closest('[data-seq]'));
});
console.log(`${'jump to the middle: real rows shown after'.padEnd(44)} ${ms(Date.now() - t1)}`);
const rows = await page.locator('[data-testid="entry-list"] [data-seq]').count();
console.log(`${'entry rows in the DOM'.padEnd(44)} ${rows}`);

await browser.close();
server.kill();
rmSync(dir, { recursive: true, force: true });
