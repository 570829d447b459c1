// The `samlad` command: create a board, serve it to seats, add to and read the journal, verify
// the chain. Every command goes through core's dispatcher, like every window and seat; the
// command table is in cli/router.ts.
import { join } from 'node:path';
import { ApiError } from '../shared/api/errors.js';
import { CliApiError, CliError } from './cli/args.js';
import type { Io } from './cli/commands.js';
import { cliLanguage, translator } from './cli/messages.js';
import { route } from './cli/router.js';

async function main(): Promise<void> {
  const tr = translator(cliLanguage());
  const io: Io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    tr,
    stdoutIsTerminal: process.stdout.isTTY === true,
  };
  try {
    process.exitCode = await route(process.argv.slice(2), io, { rendererDir: join(__dirname, 'renderer'), resourcesDir: join(__dirname, '..', 'resources'), chainWorker: join(__dirname, 'chain-worker.cjs') });
  } catch (err) {
    // One line in the user's language, never a stack trace.
    if (err instanceof CliError) {
      io.err(`samlad: ${tr.t(err.key, err.vars)}`);
      process.exitCode = err.exitCode;
    } else if (err instanceof CliApiError || err instanceof ApiError) {
      io.err(`samlad: ${tr.error(err instanceof ApiError ? err.toShape() : err.error)}`);
      process.exitCode = 1;
    } else {
      io.err(`samlad: ${tr.error({ code: 'internal', message: String(err) })}`);
      process.exitCode = 1;
    }
    // Core's and SQLite's own (English) words, for whoever has to dig further.
    if (process.env.SAMLAD_DEBUG && !(err instanceof CliError)) {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
  }
}

void main();
