import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.js';
import { createCore, type Caller, type Core } from '../core/index.js';
import { defaultDataDir } from '../core/data-dir.js';
import { CliApiError } from './args.js';

/**
 * Opens one board file for a single CLI command and calls core through the same dispatcher as
 * every window and seat. The CLI is the staff's own tool, so it calls as a staff seat.
 */
export class BoardCall {
  private readonly core: Core;
  private readonly caller: Caller;

  /** `by`: who is writing (--by, else the OS user); every record written here carries it. */
  constructor(dbPath: string, by: string) {
    this.caller = { role: 'staff', name: by };
    this.core = createCore({ dataDir: defaultDataDir(), watchIntervalMs: 0, verifyOnOpen: false, rememberRecent: false });
    try {
      this.core.openBoardFile(dbPath);
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
export async function withBoard<T>(dbPath: string, by: string, fn: (board: BoardCall) => Promise<T>): Promise<T> {
  const board = new BoardCall(dbPath, by);
  try {
    return await fn(board);
  } finally {
    board.close();
  }
}
