import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { pathToFileURL } from 'node:url';

/** How Samlad runs Chromium to print, kept or one-off: headless, offline, never calling home. */
export const HEADLESS_CHROMIUM = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Pending {
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

/** One running headless Chromium, spoken to over the DevTools protocol on a pipe (fds 3 and 4). */
class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Map<string, Pending>();
  /** Chromium has exited: every call and wait fails at once instead of waiting out its timeout. */
  private gone = false;
  private buffer = '';
  readonly closed: Promise<void>;

  constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const [, , , toChromium, fromChromium] = child.stdio as [unknown, unknown, unknown, Socket, Socket];
    this.pipes = [toChromium, fromChromium];
    this.busy(false);
    this.write = (text) => toChromium.write(`${text}\0`);
    fromChromium.setEncoding('utf8');
    fromChromium.on('data', (chunk: string) => this.receive(chunk));
    // Chromium quits when the pipe closes with this process; its profile folder goes with it.
    const atExit = (): void => {
      child.kill();
      // Chromium may still be writing into it as it dies: what stays is swept at the next start.
      try {
        rmSync(profile, { recursive: true, force: true });
      } catch {
        /* best effort */
      }
    };
    process.once('exit', atExit);
    this.closed = new Promise((resolve) => {
      child.once('exit', () => {
        process.removeListener('exit', atExit);
        this.gone = true;
        for (const p of [...this.pending.values(), ...this.waiters.values()]) p.reject(new Error('Chromium quit'));
        this.pending.clear();
        this.waiters.clear();
        // Its helper processes may still be closing files: a few tries, and never an error from here.
        void rm(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
          .catch(() => undefined)
          .then(resolve);
      });
    });
  }

  private readonly write: (text: string) => void;
  private readonly pipes: Socket[];

  /** Holds this process open while a page prints; idle, a running Chromium keeps nobody from quitting. */
  busy(printing: boolean): void {
    for (const pipe of this.pipes) {
      if (printing) pipe.ref();
      else pipe.unref();
    }
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; method?: string; sessionId?: string; result?: Record<string, unknown>; error?: { message: string } };
      this.buffer = this.buffer.slice(end + 1);
      if (message.id !== undefined) {
        const p = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) p?.reject(new Error(message.error.message));
        else p?.resolve(message.result ?? {});
      } else if (message.method) {
        this.waiters.get(`${message.sessionId ?? ''}/${message.method}`)?.resolve({});
      }
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.gone) return reject(new Error('Chromium quit'));
      this.pending.set(id, { resolve, reject });
      this.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  /** Resolves at the session's next `method` event. */
  next(sessionId: string, method: string): Promise<void> {
    const key = `${sessionId}/${method}`;
    return new Promise((resolve, reject) => {
      if (this.gone) return reject(new Error('Chromium quit'));
      this.waiters.set(key, {
        resolve: () => (this.waiters.delete(key), resolve()),
        reject,
      });
    });
  }

  quit(): void {
    this.child.kill();
  }
}

const PROFILE_PREFIX = 'samlad-chromium-';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
};

let swept = false;

/** Profiles left by a seat server that was killed (its Chromium quit with it): removed once per process. */
function sweepStaleProfiles(): void {
  if (swept) return;
  swept = true;
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(/^samlad-chromium-(\d+)-/.exec(name)?.[1]);
    if (pid > 0 && pid !== process.pid && !alive(pid)) void rm(join(tmpdir(), name), { recursive: true, force: true }).catch(() => undefined);
  }
}

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no PDF within ${ms / 1000} s`)), ms).unref())]);

/**
 * A headless Chromium kept running between prints for `samlad serve` (starting one is most of a
 * one-off print's time), quit when idle. On a pipe, not a port: nothing else can talk to it, and
 * it quits by itself when this process goes. Prints one page at a time, in a tab of its own.
 */
export class ChromiumPrinter {
  private browser: Browser | null = null;
  private idle: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly chromium: string,
    private readonly idleMs = 60_000,
  ) {}

  private start(): Browser {
    sweepStaleProfiles();
    const profile = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
    const child = spawn(
      this.chromium,
      [...HEADLESS_CHROMIUM, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    child.unref();
    const browser = new Browser(child, profile);
    void browser.closed.then(() => {
      if (this.browser === browser) this.browser = null;
    });
    return browser;
  }

  private stopIdleTimer(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
  }

  private async printOnce(html: string): Promise<Buffer> {
    // A job queued behind another: the idle timer the other set must not quit Chromium under it.
    this.stopIdleTimer();
    const browser = (this.browser ??= this.start());
    const dir = await mkdtemp(join(tmpdir(), 'samlad-pdf-'));
    let targetId: string | null = null;
    browser.busy(true);
    try {
      const page = join(dir, 'page.html');
      await writeFile(page, html);
      targetId = String((await browser.send('Target.createTarget', { url: 'about:blank' })).targetId);
      const sessionId = String((await browser.send('Target.attachToTarget', { targetId, flatten: true })).sessionId);
      await browser.send('Page.enable', {}, sessionId);
      const loaded = browser.next(sessionId, 'Page.loadEventFired');
      await browser.send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
      await loaded;
      const { data } = await browser.send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false }, sessionId);
      return Buffer.from(String(data), 'base64');
    } finally {
      if (targetId) await browser.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
      browser.busy(false);
    }
  }

  print(html: string): Promise<Buffer> {
    this.stopIdleTimer();
    const job = this.queue.then(() => withTimeout(this.printOnce(html), 60_000));
    this.queue = job.catch(() => undefined).then(() => {
      this.stopIdleTimer();
      this.idle = setTimeout(() => void this.close(), this.idleMs);
      this.idle.unref();
    });
    return job.catch((e: unknown) => {
      // A Chromium that failed is not trusted with the next page.
      void this.close();
      throw e;
    });
  }

  /** Quits the running Chromium; resolves when it is gone and its profile removed. */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    browser.quit();
    await browser.closed;
  }
}
