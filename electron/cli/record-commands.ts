import { formatHead, parseHead, type VerifyFinding } from '../../shared/record/record.js';
import { existsSync } from 'node:fs';
import { verifyBoardFile, verifyBoardFileInParallel } from '../core/index.js';
import { CliError, optional, parseFlags, required } from './args.js';
import { existingBoardFile, withBoard } from './board-call.js';
import type { Io } from './commands.js';
import type { Translator } from './messages.js';

/** `samlad head --db FILE`: {"seq": N, "hash": "…"}, the value an export carries and verify checks. */
export async function head(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' } });
  const result = await withBoard(required(v, 'db'), null, (board) => board.call('record.head', {}));
  io.out(JSON.stringify(result.head ?? { seq: 0, hash: null }));
  return 0;
}

function describe(f: VerifyFinding, tr: Translator): string {
  const problem = tr.t(`problem_${f.problem}`);
  if (f.table !== null) {
    const where = [f.table, f.key, f.column].filter((x) => x !== null).join(' ');
    return tr.t('verify_bad_projection', { where, problem, seq: f.seq ?? '–' });
  }
  return tr.t('verify_bad', { seq: f.seq ?? 0, problem });
}

/**
 * `samlad verify --db FILE [--expect-head SEQ:HASH]`: the chain, every projection rebuilt from
 * the records, and (given a head an export carried) that record SEQ still has that hash. Progress
 * goes to stderr on a large board; exits non-zero naming the first bad record or row.
 */
export async function verify(args: string[], io: Io, chainWorker?: string): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, 'expect-head': { type: 'string' } });
  const path = existingBoardFile(required(v, 'db'));
  const expectText = optional(v, 'expect-head');
  const expectHead = expectText === undefined ? null : parseHead(expectText);
  if (expectText !== undefined && expectHead === null) throw new CliError('bad_head', { value: expectText.slice(0, 80) });
  let lastShown = 0;
  const options = {
    expectHead,
    onProgress: (checked: number, total: number) => {
      if (total < 100_000 || checked - lastShown < 100_000) return;
      lastShown = checked;
      io.err(io.tr.t('verify_progress', { checked, total }));
    },
  };
  // Both cores when the built worker is there (it is, beside dist/cli.cjs); else one thread.
  const result = chainWorker !== undefined && existsSync(chainWorker) ? await verifyBoardFileInParallel(path, chainWorker, options) : verifyBoardFile(path, options);
  if (result.ok) {
    io.out(result.head ? io.tr.t('verify_ok', { count: result.count, head: formatHead(result.head) }) : io.tr.t('verify_ok_empty'));
    return 0;
  }
  io.err(result.first_bad ? describe(result.first_bad, io.tr) : io.tr.t('verify_bad', { seq: 0, problem: '?' }));
  return 1;
}
