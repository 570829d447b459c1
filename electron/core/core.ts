import type { Reply } from '../../shared/api/errors.js';
import { CreateBoardInput, type BoardInfo } from '../../shared/domain/board.js';
import type { VerifyResult } from '../../shared/record/record.js';
import { createHandlers } from './api.js';
import { BoardState, createBoardFile } from './boards/board-state.js';
import { createDispatcher, validationError, type DispatchOptions } from './dispatch.js';
import { EventHub } from './events.js';
import type { Caller } from './handler-types.js';
import { PROJECTIONS } from './projections.js';
import type { RoutedEvent } from './record/projection.js';
import { verifyBoard, type VerifyOptions } from './record/verify.js';
import { openBoardDb } from './db/open.js';

export interface CoreOptions {
  /** The app's data folder: boards/ (new board files) and recent.json live here. */
  dataDir: string;
  /** better-sqlite3 native binding built for Electron's ABI (the Electron main process passes it). */
  nativeBinding?: string | undefined;
  /** How often to look for commits by other processes (CLI, another seat server), in ms; 0 = never. */
  watchIntervalMs?: number;
  /** Check an opened board's chain in the background (default true; one-off CLI calls skip it). */
  verifyOnOpen?: boolean;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /** Add opened boards to the data folder's recent list (the CLI's one-off commands do not). */
  rememberRecent?: boolean;
  /** Where internal errors are written (stderr by default): never to a user's screen. */
  log?: (message: string) => void;
}

export type { Caller };

export interface Core {
  /** Validates, checks the caller's role, runs the handler; never throws, always answers a Reply. */
  dispatch(method: string, params: unknown, caller: Caller, options?: DispatchOptions): Promise<Reply<unknown>>;
  /** Every change event, from this process or another writing the same file. Returns unsubscribe. */
  onEvent(listener: (event: RoutedEvent) => void): () => void;
  /** Opens an existing board file (a path from --db or from a dialog in main, never from a renderer). */
  openBoardFile(path: string): BoardInfo;
  /** Creates a board file at a path given by the CLI or a save dialog in main; it must not exist. */
  createBoardFile(path: string, input: CreateBoardInput, by: string): void;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const log = options.log ?? ((message: string) => process.stderr.write(`samlad: ${message}\n`));
  const events = new EventHub(log);
  const now = options.now ?? (() => new Date());
  const boards = new BoardState({
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
    events,
    now,
    watchIntervalMs: options.watchIntervalMs ?? 1_000,
    verifyOnOpen: options.verifyOnOpen ?? true,
    rememberRecent: options.rememberRecent ?? true,
    log,
  });
  const dispatch = createDispatcher(createHandlers(boards), boards, log);
  return {
    dispatch,
    onEvent: (listener) => events.subscribe(listener),
    openBoardFile: (path) => boards.open(path),
    createBoardFile: (path, input, by) => {
      const parsed = CreateBoardInput.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error.issues);
      createBoardFile(path, parsed.data, now(), by, { nativeBinding: options.nativeBinding });
    },
    close: () => boards.close(),
  };
}

/**
 * Verifies a board file read-only, without opening it as a session (the CLI's `verify`): the
 * chain, every projection, and optionally an expected head.
 */
export function verifyBoardFile(
  path: string,
  options: VerifyOptions & { onProgress?: (checked: number, total: number) => void; nativeBinding?: string | undefined } = {},
): VerifyResult {
  // Opened as any open does (a 0.1 board is migrated first); the check itself only reads.
  const opened = openBoardDb(path, { nativeBinding: options.nativeBinding });
  try {
    return verifyBoard(opened.db, PROJECTIONS, options);
  } finally {
    opened.db.close();
  }
}
