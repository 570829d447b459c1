// Finds the Electron binary and prepares better-sqlite3 for it, WITHOUT require('electron'):
// node_modules/electron/index.js downloads the binary when it is missing, which must never
// happen as a side effect of looking (it hangs or fails on machines without internet).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The installed electron package's version, e.g. '45.4.1'. */
export function electronVersion(root = ROOT) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/**
 * The Electron executable, or null when it was never downloaded. Same lookup as
 * node_modules/electron/index.js (path.txt, ELECTRON_OVERRIDE_DIST_PATH) minus the download.
 */
export function findElectronBinary(root = ROOT) {
  const electronDir = path.join(root, 'node_modules/electron');
  let relative = null;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: install.js never completed
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/** One quiet attempt at Electron's own download (install.js); true if a binary is there after. */
export function tryInstallElectron(root = ROOT, timeoutMs = 90_000) {
  spawnSync(process.execPath, [path.join(root, 'node_modules/electron/install.js')], {
    cwd: root,
    stdio: 'ignore',
    timeout: timeoutMs,
  });
  return findElectronBinary(root) !== null;
}

/** Where `npm start` keeps better-sqlite3 built for Electron's ABI (node_modules stays Node's). */
export function electronNativeDir(root = ROOT, version = electronVersion(root)) {
  return path.join(root, '.cache/electron-native', version, 'better-sqlite3');
}

export function electronNativeBinding(root = ROOT, version = electronVersion(root)) {
  return path.join(electronNativeDir(root, version), 'build/Release/better_sqlite3.node');
}

function betterSqliteVersion(root) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules/better-sqlite3/package.json'), 'utf8')).version;
}

function nativeStamp(root, version) {
  return `electron ${version} better-sqlite3 ${betterSqliteVersion(root)}`;
}

/** True when better-sqlite3 is already built for this Electron and better-sqlite3 (no build needed). */
export function isElectronNativeReady(root = ROOT, version = electronVersion(root)) {
  const stamp = path.join(electronNativeDir(root, version), '.samlad-built-for');
  return existsSync(electronNativeBinding(root, version)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === nativeStamp(root, version);
}

/**
 * How `npm start` will run on this machine, for the build's last line: 'desktop' (Electron and
 * its database module are ready), 'desktop-after-native-build' (Electron is there; the first
 * start builds the module, which needs the internet) or 'browser' (no Electron binary).
 */
export function startModeHere(root = ROOT) {
  if (findElectronBinary(root) === null) return 'browser';
  return isElectronNativeReady(root) ? 'desktop' : 'desktop-after-native-build';
}

/**
 * Builds (once per Electron and better-sqlite3 version) a copy of better-sqlite3 for Electron:
 * a prebuilt binary if one can be fetched, else node-gyp against Electron's headers. Both need
 * the internet, as Electron itself does. Returns the .node path, or null if neither worked.
 * `log` receives one-line progress notes (for stderr).
 */
export function prepareElectronNative(root = ROOT, log = () => undefined) {
  const version = electronVersion(root);
  const dir = electronNativeDir(root, version);
  const binding = electronNativeBinding(root, version);
  const stamp = path.join(dir, '.samlad-built-for');
  const wanted = nativeStamp(root, version);
  if (isElectronNativeReady(root, version)) return binding;

  log(`Bygger better-sqlite3 för Electron ${version} … / Building better-sqlite3 for Electron ${version} …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  // The Node build in build/ is left behind: it is the wrong ABI and must not be mistaken for ours.
  const source = path.join(root, 'node_modules/better-sqlite3');
  cpSync(source, dir, { recursive: true, filter: (src) => src !== path.join(source, 'build') });

  // Run the tools by path: `npx` would look for them in the copy's own (absent) node_modules.
  const quiet = { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], timeout: 15 * 60_000 };
  const prebuilt = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/prebuild-install/bin.js'), '--runtime', 'electron', '--target', version],
    quiet,
  );
  if (prebuilt.status !== 0 || !existsSync(binding)) {
    spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${version}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      quiet,
    );
  }
  if (!existsSync(binding)) return null;
  writeFileSync(stamp, wanted);
  return binding;
}
