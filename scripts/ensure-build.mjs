// Runs scripts/build.mjs when dist/ is missing or older than its sources. Not always: build.mjs
// empties dist/ first, and a test run or a second terminal may be using it.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './electron-binary.mjs';

const SOURCES = ['electron', 'shared', 'renderer', 'scripts/build.mjs', 'vite.config.ts', 'package.json'];
const OUTPUTS = ['dist/cli.cjs', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

function newestMtime(p) {
  let stat;
  try {
    stat = statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

export function isBuildStale(root = ROOT) {
  let oldestOutput = Infinity;
  for (const out of OUTPUTS) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(path.join(root, out)).mtimeMs);
    } catch {
      return true;
    }
  }
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  return newestSource > oldestOutput;
}

/**
 * Builds if needed; returns false if the build failed. Its output goes to stderr so that a
 * caller's stdout stays clean (the seat server's URL must be the first line there).
 * SAMLAD_SKIP_BUILD=1 trusts dist/ as it is (tests: `npm test` has just built it).
 */
export function ensureBuilt({ force = false, root = ROOT } = {}) {
  if (process.env.SAMLAD_SKIP_BUILD === '1') return true;
  if (!force && !isBuildStale(root)) return true;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  return result.status === 0;
}
