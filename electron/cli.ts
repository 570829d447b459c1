// The `samlad` command: create a board, serve it to seats, add to and read the journal, verify
// the chain. Every command goes through core's dispatcher, like every window and seat.
import { join } from 'node:path';
import { ApiError } from '../shared/api/errors.js';
import { APP_VERSION } from '../shared/version.js';
import { CliApiError, CliError } from './cli/args.js';
import { journalAdd, journalList, newBoard, type Io } from './cli/commands.js';
import { head, verify } from './cli/record-commands.js';
import { cliLanguage, translator } from './cli/messages.js';
import { serve } from './cli/serve.js';

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'new':
      return newBoard(rest, io);
    case 'serve':
      return serve(rest, io, join(__dirname, 'renderer'));
    case 'verify':
      return verify(rest, io);
    case 'head':
      return head(rest, io);
    case 'journal': {
      const [sub, ...args] = rest;
      if (sub === 'add') return journalAdd(args, io);
      if (sub === 'list') return journalList(args, io);
      throw new CliError('unknown_command', { command: `journal ${sub ?? ''}`.trim() });
    }
    case '--version':
      io.out(APP_VERSION);
      return 0;
    case undefined:
    case '--help':
    case '-h':
      io.out(io.tr.t('usage'));
      return command === undefined ? 2 : 0;
    default:
      throw new CliError('unknown_command', { command });
  }
}

async function main(): Promise<void> {
  const tr = translator(cliLanguage());
  const io: Io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    tr,
  };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
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
      if (process.env.SAMLAD_DEBUG) process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    }
  }
}

void main();
