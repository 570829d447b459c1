import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.js';
import { createCore, type Core } from '../core/index.js';
import { defaultDataDir } from '../core/data-dir.js';
import { CliApiError } from './args.js';

/**
 * Opens one board file for a single CLI command and calls core through the same dispatcher as
 * every window and seat. The CLI is the staff's own tool, so it calls as a staff seat.
 */
export class BoardCall {
  private readonly core: Core;

  constructor(dbPath: string) {
    this.core = createCore({ dataDir: defaultDataDir(), watchIntervalMs: 0, rememberRecent: false });
    try {
      this.core.openBoardFile(dbPath);
    } catch (err) {
      this.core.close();
      throw err;
    }
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const reply = await this.core.dispatch(method, input, { role: 'staff' });
    if (!reply.ok) throw new CliApiError(reply.error);
    // The dispatcher answered this method, so the result has this method's output shape.
    return reply.result as MethodOutput<M>;
  }

  close(): void {
    this.core.close();
  }
}

/** Runs fn with the board open and always closes it, so the WAL is checkpointed and released. */
export async function withBoard<T>(dbPath: string, fn: (board: BoardCall) => Promise<T>): Promise<T> {
  const board = new BoardCall(dbPath);
  try {
    return await fn(board);
  } finally {
    board.close();
  }
}
