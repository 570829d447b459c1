// The real desktop app, driven through Playwright's _electron. Skipped, saying why, where no
// Electron binary exists (it cannot be downloaded on the project's machines). The app runs with
// its production webPreferences: these tests assert them, they never weaken them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, prepareElectronNative, ROOT } from '../../scripts/electron-binary.mjs';
import { METHOD_NAMES } from '../../shared/api/contract.js';

const NO_ELECTRON =
  'No Electron binary in node_modules/electron/dist (cannot be downloaded on this machine) — skipping Electron tests';
const binary = findElectronBinary();
// The list reporter shows skips without their reason: say it where the run's output shows it.
if (binary === null) process.stderr.write(`${NO_ELECTRON}\n`);
test.skip(binary === null, NO_ELECTRON);

let app: ElectronApplication;
let page: Page;
let workDir: string;
let boardFile: string;

test.beforeAll(async () => {
  // better-sqlite3 for Electron's ABI, as `npm start` builds it (cached in .cache/).
  const nativeBinding = prepareElectronNative(ROOT);
  test.skip(nativeBinding === null, 'better-sqlite3 could not be built for Electron (needs the internet) — skipping Electron tests');

  workDir = mkdtempSync(path.join(tmpdir(), 'samlad-electron-'));
  boardFile = path.join(workDir, 'ovning.samlad');
  execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.cjs'), 'new', '--db', boardFile, '--name', 'Övning Storm', '--kommun', '0180', '--exercise']);

  const env: Record<string, string> = { SAMLAD_NATIVE_BINDING: nativeBinding ?? '' };
  for (const [key, value] of Object.entries(process.env)) {
    // ELECTRON_RUN_AS_NODE would start Electron as plain Node and ignore the app.
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && !(key in env)) env[key] = value;
  }
  app = await electron.launch({
    executablePath: binary ?? '',
    args: [path.join(ROOT, 'dist/electron/main.cjs'), '--db', boardFile, '--data-dir', path.join(workDir, 'data')],
    env,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('the window is isolated, sandboxed and without Node', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    // getLastWebPreferences is real but missing from electron.d.ts: typed here by hand.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
      | { getLastWebPreferences: () => Electron.WebPreferences | null }
      | undefined;
    const p = contents?.getLastWebPreferences();
    return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  expect(await page.evaluate(() => [typeof (window as { require?: unknown }).require, typeof (window as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
});

test('pages come from the custom scheme with a strict CSP header', async () => {
  expect(page.url()).toMatch(/^samlad:\/\/app\//);
  const csp = await page.evaluate(async () => (await fetch('index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
  // Enforced, not just sent: an injected inline script does not run.
  const inline = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(`blocked ${e.violatedDirective}`), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.__samladInline = true';
        document.head.append(script);
        setTimeout(() => resolve(`ran=${String((window as { __samladInline?: boolean }).__samladInline)}`), 2000);
      }),
  );
  expect(inline).toMatch(/^blocked script-src/);
  const traversal = await page.evaluate(async () => (await fetch('assets/..%2f..%2f..%2fpackage.json')).status);
  expect(traversal).toBe(404);
});

test('no new windows, no navigation away', async () => {
  expect(await page.evaluate(() => window.open('http://example.com/') === null)).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'http://example.com/';
  });
  await page.waitForTimeout(1000);
  expect(page.url()).toMatch(/^samlad:\/\/app\//);
  expect(app.windows()).toHaveLength(1);
});

test('window.samlad is one typed call and the event subscription, and reaches core', async () => {
  const keys = await page.evaluate(() => Object.keys((window as unknown as { samlad: object }).samlad).sort());
  expect(keys).toEqual(['invoke', 'onEvent']);
  type Invoke = (method: string, input: object) => Promise<unknown>;
  const reply = await page.evaluate(() => (window as unknown as { samlad: { invoke: Invoke } }).samlad.invoke('boards.current', {}));
  expect(reply).toMatchObject({ ok: true, result: { board: { path: boardFile, exercise: true } } });
  // A name not in the contract is refused by core, whatever its number of parts.
  const unknown = await page.evaluate(() => (window as unknown as { samlad: { invoke: Invoke } }).samlad.invoke('map.feature.create', {}));
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  expect(METHOD_NAMES).toContain('journal.append');
});
