import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Header } from './page-models/Header';
import { JournalPane } from './page-models/JournalPane';
import { StartPage } from './page-models/StartPage';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.cjs');

/** The name every e2e staff seat works under, unless a test asks for the name itself. */
export const E2E_PERSON = 'Eva Endtoend';

export interface SeatServer {
  /** Staff seat URL, token included (the first stdout line). */
  url: string;
  /** Read-only wall seat URL, read from the server's stderr. */
  wallUrl: string | null;
  dataDir: string;
  /** Stops the server now (to test a lost connection); teardown copes with it already gone. */
  stop: () => Promise<void>;
}

/**
 * Starts `samlad serve` on a free port with its own data folder and waits for its URL; with
 * `db`, that board file is open from the start (as `samlad serve --db FILE`).
 */
function startServer(dataDir: string, db?: string): Promise<{ child: ChildProcessWithoutNullStreams; server: SeatServer }> {
  const dbArgs = db === undefined ? [] : ['--db', db];
  const child = spawn(process.execPath, [CLI, 'serve', '--data-dir', dataDir, '--port', '0', ...dbArgs], { cwd: ROOT });
  return new Promise((resolveStart, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`seat server did not print its URL in time:\n${err}`)), 20_000);
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      const url = out.slice(0, nl).trim();
      // The wall URL is on stderr, printed right after the staff URL; give it a moment.
      setTimeout(() => {
        const wall = /(https?:\/\/\S+\?token=[\w-]+)/.exec(err);
        resolveStart({ child, server: { url, wallUrl: wall?.[1] ?? null, dataDir, stop: () => stopServer(child) } });
      }, 100);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`seat server exited (${code}) before it was ready:\n${err}`));
    });
  });
}

/** Runs the built CLI (`samlad …`) to completion with its own data folder; throws on a non-zero exit. */
export function runCli(dataDir: string, args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, SAMLAD_DATA_DIR: dataDir }, encoding: 'utf8' });
}

/** A seat server over one given board file, for tests that prepare the file first. Call stop(). */
export async function serveBoardFile(dataDir: string, db: string): Promise<SeatServer> {
  const { server } = await startServer(dataDir, db);
  return server;
}

async function stopServer(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killTimer);
}

interface Fixtures {
  server: SeatServer;
  startPage: StartPage;
  header: Header;
  journal: JournalPane;
  /** Every dialog (alert, confirm …) the page opened: an XSS shows up here. */
  dialogs: string[];
}

export const test = base.extend<Fixtures>({
  // Playwright reads fixture deps from the first parameter's destructuring; this one needs none.
  server: async ({ browserName: _browserName }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samlad-e2e-'));
    const { child, server } = await startServer(dataDir);
    try {
      await use(server);
    } finally {
      await stopServer(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  dialogs: async ({ page }, use) => {
    const seen: string[] = [];
    page.on('dialog', (d) => {
      seen.push(d.message());
      void d.dismiss();
    });
    await use(seen);
  },
  startPage: async ({ page, server, dialogs: _dialogs }, use) => {
    // The person at this seat has said their name before (tests/e2e/person.test.ts asks it).
    await page.addInitScript((name) => {
      if (localStorage.getItem('samlad.person') === null) localStorage.setItem('samlad.person', name);
    }, E2E_PERSON);
    await page.goto(server.url);
    await use(new StartPage(page));
  },
  header: async ({ page }, use) => {
    await use(new Header(page));
  },
  journal: async ({ page }, use) => {
    await use(new JournalPane(page));
  },
});

export { expect };
export type { Page };
