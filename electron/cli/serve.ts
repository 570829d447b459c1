import { resolve } from 'node:path';
import { createCore } from '../core/index.js';
import { defaultDataDir } from '../core/data-dir.js';
import { startSeatServer } from '../seats/server.js';
import { CliError, optional, parseFlags } from './args.js';
import type { Io } from './commands.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new CliError('bad_port', { value });
  return port;
}

/**
 * Runs the seat server until SIGINT/SIGTERM. The staff seat's URL, token included, is the first
 * line on stdout, so scripts and tests can read it; everything else goes to stderr.
 */
export async function serve(args: string[], io: Io, rendererDir: string): Promise<number> {
  const v = parseFlags(args, {
    db: { type: 'string' },
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  });
  const port = parsePort(optional(v, 'port'));
  const host = optional(v, 'host') ?? '127.0.0.1';
  const dataDir = resolve(optional(v, 'data-dir') ?? defaultDataDir());
  const core = createCore({ dataDir });
  const db = optional(v, 'db');
  try {
    if (db) core.openBoardFile(db);
  } catch (err) {
    core.close();
    throw err;
  }
  const server = await startSeatServer({ core, host, port, rendererDir });
  io.out(server.url);
  io.err(io.tr.t('serving', { host, port: server.port, wall: server.wallUrl }));
  if (!LOOPBACK.has(host)) io.err(io.tr.t('serving_shared', { host }));

  await new Promise<void>((done) => {
    const stop = (): void => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  core.close();
  io.err(io.tr.t('stopped'));
  return 0;
}
