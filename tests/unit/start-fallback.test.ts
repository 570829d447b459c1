// `npm start` and `npm run serve` as a user meets them: the launch scripts run as child
// processes against the built dist/ (`npm test` builds it before the unit tests).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const URL_LINE = /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/;
const STACK = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

const running: ChildProcessWithoutNullStreams[] = [];
const tmpDirs: string[] = [];

function tmp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
}

// dist/ is fresh from `npm test`: rebuilding would empty it under the other test files.
const testEnv = (env: Record<string, string>) => ({ ...process.env, SAMLAD_SKIP_BUILD: '1', SAMLAD_NO_BROWSER_OPEN: '1', ...env });

function run(script: string, args: string[], env: Record<string, string>) {
  return watch(spawn(process.execPath, [path.join(root, script), ...args], { cwd: root, env: testEnv(env) }));
}

const SCRIPT = '/usr/bin/script';
const shellQuote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`;

/** As run(), but at a terminal (a pseudo-terminal from util-linux `script`), as a person sees it. */
function runInTerminal(script: string, args: string[], env: Record<string, string>) {
  const command = [process.execPath, path.join(root, script), ...args].map(shellQuote).join(' ');
  return watch(spawn(SCRIPT, ['-qfec', command, '/dev/null'], { cwd: root, env: testEnv(env) }));
}

function watch(child: ChildProcessWithoutNullStreams) {
  running.push(child);
  let stdout = '';
  let stderr = '';
  // A terminal ends its lines with \r\n.
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString().replace(/\r/g, '')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  /** Resolves when stdout (or stderr) holds a full line matching `re` (or the child ends, or time runs out). */
  const waitFor = (re: RegExp, stream: 'stdout' | 'stderr' = 'stdout', timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const lines = (stream === 'stdout' ? stdout : stderr).split('\n').slice(0, -1);
        if (lines.some((line) => re.test(line))) done(resolve);
        else if (child.exitCode !== null) done(() => reject(new Error(`exited ${child.exitCode}\n${stdout}\n${stderr}`)));
      }, 50);
      const timeout = setTimeout(() => done(() => reject(new Error(`timed out\n${stdout}\n${stderr}`))), timeoutMs);
      function done(finish: () => void) {
        clearInterval(timer);
        clearTimeout(timeout);
        finish();
      }
    });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { child, waitFor, stop, out: () => stdout, err: () => stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/cli.cjs'))) throw new Error('dist/ is not built: run `npm run build` first');
});

afterEach(async () => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of tmpDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start without Electron', () => {
  it('says so in one line and serves the board in browser mode, no stack trace', async () => {
    // An empty Electron dist folder stands for "never downloaded", on any machine.
    const app = run('scripts/start.mjs', ['--data-dir', tmp('samlad-start-'), '--port', '0'], {
      ELECTRON_OVERRIDE_DIST_PATH: tmp('samlad-no-electron-'),
      SAMLAD_SKIP_ELECTRON_DOWNLOAD: '1',
    });
    await app.waitFor(URL_LINE);
    const url = app.out().split('\n').find((line) => URL_LINE.test(line)) ?? '';
    expect(app.out().split('\n')[0]).toBe(url); // the URL is the first line on stdout
    const notices = app.err().split('\n').filter((line) => line.includes('Electron'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^Electron finns inte på den här datorn.* \/ Electron is not available/);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    expect(await app.stop()).toBe(0);
    expect(app.out() + app.err()).not.toMatch(STACK);
  });
});

describe.skipIf(process.platform === 'win32')('npm start with Electron', () => {
  it('starts main.cjs with the forwarded arguments and the Electron-built native module', async () => {
    // A stand-in "electron" that reports how it was started.
    const fakeDist = tmp('samlad-fake-electron-');
    const fake = path.join(fakeDist, 'electron');
    writeFileSync(
      fake,
      `#!${process.execPath}\nconsole.log(JSON.stringify({ argv: process.argv.slice(2), binding: process.env.SAMLAD_NATIVE_BINDING, runAsNode: process.env.ELECTRON_RUN_AS_NODE ?? null }));\n`,
    );
    chmodSync(fake, 0o755);
    const app = run('scripts/start.mjs', ['--db', 'x.samlad'], {
      ELECTRON_OVERRIDE_DIST_PATH: fakeDist,
      SAMLAD_NATIVE_BINDING: '/prebuilt/better_sqlite3.node',
      ELECTRON_RUN_AS_NODE: '1',
    });
    await app.waitFor(/^\{/);
    const report = JSON.parse(app.out().split('\n')[0] ?? '') as { argv: string[]; binding: string; runAsNode: string | null };
    expect(report.argv).toEqual([path.join(root, 'dist/electron/main.cjs'), '--db', 'x.samlad']);
    expect(report.binding).toBe('/prebuilt/better_sqlite3.node');
    expect(report.runAsNode).toBeNull();
    expect(app.err()).not.toContain('webbläsarläge');
  });
});

const WALL_SV = /^Väggskärm \(läser\): +http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/;
const STAFF_SV = /^Stab \(skriver\): +http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/;
const NO_BROWSER_SV = 'Ingen webbläsare kunde öppnas här: öppna adressen för Stab (skriver) i en webbläsare.';

describe('npm run serve', () => {
  it('prints the URL with its token as the very first stdout line, and the wall address labelled on stderr', async () => {
    const server = run('scripts/serve.mjs', ['--data-dir', tmp('samlad-serve-'), '--port', '0'], {});
    await server.waitFor(URL_LINE);
    expect(server.out().split('\n')[0]).toMatch(URL_LINE);
    await server.waitFor(WALL_SV, 'stderr');
    expect(server.err().split('\n')[0]).toMatch(WALL_SV);
    expect(await server.stop()).toBe(0);
  });

  it('labels the addresses in English when asked', async () => {
    const server = run('scripts/serve.mjs', ['--data-dir', tmp('samlad-serve-'), '--port', '0'], { SAMLAD_LANG: 'en' });
    await server.waitFor(/^Wall display/, 'stderr');
    expect(server.err().split('\n')[0]).toMatch(/^Wall display \(reads\): +http:\/\/\S+\?token=\S+$/);
    expect(await server.stop()).toBe(0);
  });

  it.skipIf(!existsSync(SCRIPT))('at a terminal, labels both addresses, staff first', async () => {
    const server = runInTerminal('scripts/serve.mjs', ['--data-dir', tmp('samlad-serve-'), '--port', '0'], {});
    await server.waitFor(WALL_SV);
    const lines = server.out().split('\n');
    expect(lines[0]).toMatch(STAFF_SV);
    expect(lines[1]).toMatch(WALL_SV);
    await server.stop();
  });
});

describe.skipIf(process.platform !== 'linux')('npm start in browser mode without a display', () => {
  const noDisplay = {
    ELECTRON_OVERRIDE_DIST_PATH: '',
    SAMLAD_SKIP_ELECTRON_DOWNLOAD: '1',
    SAMLAD_NO_BROWSER_OPEN: '',
    DISPLAY: '',
    WAYLAND_DISPLAY: '',
  };

  it('says that no browser could be opened; the staff address stays the first stdout line', async () => {
    const app = run('scripts/start.mjs', ['--data-dir', tmp('samlad-start-'), '--port', '0'], { ...noDisplay, ELECTRON_OVERRIDE_DIST_PATH: tmp('samlad-no-electron-') });
    await app.waitFor(URL_LINE);
    await app.waitFor(/^Ingen webbläsare/, 'stderr');
    expect(app.out().split('\n')[0]).toMatch(URL_LINE);
    expect(app.err().split('\n').filter((line) => line === NO_BROWSER_SV)).toHaveLength(1);
    expect(app.err().split('\n').filter((line) => WALL_SV.test(line))).toHaveLength(1);
    expect(await app.stop()).toBe(0);
  });

  it.skipIf(!existsSync(SCRIPT))('at a terminal: staff address, then the wall, labelled, then why no browser opened', async () => {
    const app = runInTerminal('scripts/start.mjs', ['--data-dir', tmp('samlad-start-'), '--port', '0'], { ...noDisplay, ELECTRON_OVERRIDE_DIST_PATH: tmp('samlad-no-electron-') });
    await app.waitFor(new RegExp(`^${NO_BROWSER_SV.replace(/[()]/g, '\\$&')}$`));
    const lines = app.out().split('\n');
    const staff = lines.findIndex((line) => STAFF_SV.test(line));
    const wall = lines.findIndex((line) => WALL_SV.test(line));
    expect(staff).toBeGreaterThanOrEqual(0);
    expect(wall).toBe(staff + 1);
    expect(lines.indexOf(NO_BROWSER_SV)).toBeGreaterThan(wall);
    expect(lines.filter((line) => /https?:\/\//.test(line)).every((line) => STAFF_SV.test(line) || WALL_SV.test(line))).toBe(true);
    await app.stop();
  });
});
