import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore, type Caller, type Core } from '../core/index.js';
import { defaultDataDir } from '../core/data-dir.js';
import { CliApiError, CliError } from './args.js';

/**
 * The board file a command is to open, which must exist: a mistyped path is the usual cause, and
 * `samlad new` is how a board file comes to be. Returns the absolute path.
 */
export function existingBoardFile(dbPath: string): string {
  const path = resolve(dbPath);
  if (!existsSync(path)) throw new CliError('db_missing', { path }, 1);
  return path;
}

/**
 * Opens one board file for a single CLI command and calls core through the same dispatcher as
 * every window and seat. The CLI is the staff's own tool, so it calls as a staff seat.
 */
export class BoardCall {
  private readonly core: Core;
  private readonly caller: Caller;

  /** `by`: who is writing (--by, else the OS user); every record written here carries it. null: reads only. */
  constructor(dbPath: string, by: string | null, resourcesDir: string | null = null) {
    const path = existingBoardFile(dbPath);
    this.caller = { role: 'staff', name: by };
    this.core = createCore({ dataDir: defaultDataDir(), watchIntervalMs: 0, verifyOnOpen: false, rememberRecent: false, resourcesDir });
    try {
      this.core.openBoardFile(path);
    } catch (err) {
      this.core.close();
      throw err;
    }
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const reply = await this.core.dispatch(method, input, this.caller);
    if (!reply.ok) throw new CliApiError(reply.error);
    // The dispatcher answered this method, so the result has this method's output shape.
    return reply.result as MethodOutput<M>;
  }

  close(): void {
    this.core.close();
  }
}

/** Runs fn with the board open and always closes it, so the WAL is checkpointed and released. */
export async function withBoard<T>(dbPath: string, by: string | null, fn: (board: BoardCall) => Promise<T>, resourcesDir: string | null = null): Promise<T> {
  const board = new BoardCall(dbPath, by, resourcesDir);
  try {
    return await fn(board);
  } finally {
    board.close();
  }
}
