import { resolve } from 'node:path';
import { createCore } from '../core/index.js';
import { chromiumPdfRenderer } from './pdf.js';
import { defaultDataDir } from '../core/data-dir.js';
import { startSeatServer } from '../seats/server.js';
import { addressLines } from './addresses.js';
import { optional, parseFlags, wholeNumber } from './args.js';
import { existingBoardFile } from './board-call.js';
import type { Io } from './commands.js';
import { openInBrowser } from './open-browser.js';
import { watchCapInbox } from '../core/warnings/inbox.js';
import { SHARE_FLAGS, shareOptions, sharingLines } from './serve-share.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Until SIGINT or SIGTERM (tests pass their own stop). */
function untilSignal(): Promise<void> {
  return new Promise<void>((done) => {
    const stop = (): void => done();
    // `on`, not `once`: at a terminal Ctrl+C reaches this process twice (from the terminal and
    // passed on by npm start), and a second one must not kill it before the board is closed.
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Runs the seat server until SIGINT/SIGTERM. The staff seat's URL, token included, is the first
 * line on stdout, so scripts and tests can read it; everything else goes to stderr. `--open`
 * (used by `npm start` in browser mode) opens the staff address in the system browser. `--share`
 * switches the room's sharing on at start (the host can also switch it from its Room pane).
 */
export async function serve(args: string[], io: Io, dirs: { rendererDir: string; resourcesDir: string }, stop: () => Promise<void> = untilSignal): Promise<number> {
  const v = parseFlags(args, {
    db: { type: 'string' },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    open: { type: 'boolean' },
    'cap-inbox': { type: 'string' },
    ...SHARE_FLAGS,
  });
  const port = wholeNumber(optional(v, 'port'), 0, 65_535, 'bad_port', 0);
  const host = optional(v, 'host') ?? '127.0.0.1';
  const dataDir = resolve(optional(v, 'data-dir') ?? defaultDataDir());
  const db = optional(v, 'db');
  const dbPath = db === undefined ? undefined : existingBoardFile(db);
  const share = shareOptions(v);
  const core = createCore({ dataDir, resourcesDir: dirs.resourcesDir, pdf: chromiumPdfRenderer() });
  try {
    if (dbPath) core.openBoardFile(dbPath);
  } catch (err) {
    core.close();
    throw err;
  }
  const server = await startSeatServer({ core, host, port, ...dirs, share: { port: share.port, tls: share.tls, idleMinutes: share.idleMinutes } }).catch((err: unknown) => {
    core.close();
    throw err;
  });
  const inboxDir = optional(v, 'cap-inbox');
  const inbox = inboxDir === undefined ? null : watchCapInbox(core, resolve(inboxDir), { log: io.err });
  if (inboxDir !== undefined) io.err(io.tr.t('cap_inbox', { dir: resolve(inboxDir) }));
  const lines = addressLines({ staff: server.url, wall: server.wallUrl }, io.tr, io.stdoutIsTerminal);
  lines.out.forEach(io.out);
  lines.err.forEach(io.err);
  io.err(io.tr.t('serving', { host, port: server.port }));
  if (!LOOPBACK.has(host)) io.err(io.tr.t('serving_shared', { host }));
  if (share.on) {
    const status = await server.room.share(true).catch(async (err: unknown) => {
      inbox?.stop();
      await server.close();
      core.close();
      throw err;
    });
    sharingLines(status, io.tr).forEach(io.err);
  }
  if (v.open === true && process.env.SAMLAD_NO_BROWSER_OPEN !== '1') {
    void openInBrowser(server.url).then((opened) => {
      if (!opened) io.err(io.tr.t('no_browser'));
    });
  }

  await stop();
  inbox?.stop();
  await server.close();
  core.close();
  io.err(io.tr.t('stopped'));
  return 0;
}
