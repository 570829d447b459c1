import { ApiError, type Reply } from '../../shared/api/errors.js';
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
import type { ChainResult } from './record/chain.js';
import type { ChainWorkerInput } from './record/chain-worker.js';
import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { openBoardForReading } from './db/open.js';
import { MbtilesTiles, type Tile } from './map/mbtiles.js';
import { layerTile } from './map/tiles.js';

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
  /** A tile of the open board's mbtiles layer (XYZ numbering), for the static route /tiles/…; null: none. */
  tile(layerId: number, z: number, x: number, y: number): Tile | null;
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
  const tiles = new MbtilesTiles(options.nativeBinding);
  return {
    dispatch,
    onEvent: (listener) => events.subscribe(listener),
    openBoardFile: (path) => boards.open(path),
    createBoardFile: (path, input, by) => {
      const parsed = CreateBoardInput.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error.issues);
      createBoardFile(path, parsed.data, now(), by, { nativeBinding: options.nativeBinding });
    },
    tile: (layerId, z, x, y) => layerTile(boards.current(), tiles, layerId, z, x, y),
    close: () => {
      tiles.close();
      boards.close();
    },
  };
}

/**
 * Verifies a board file read-only, without opening it as a session (the CLI's `verify`): the
 * chain, every projection, and optionally an expected head.
 */
/** A damaged page met while verifying: the file, not the chain, is what is wrong. */
function unreadableIfDamaged(err: unknown, path: string): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
    return new ApiError('board_unreadable', `cannot read ${path}: ${code}`, { path, reason: code });
  }
  return err;
}

export function verifyBoardFile(
  path: string,
  options: VerifyOptions & { onProgress?: (checked: number, total: number) => void; nativeBinding?: string | undefined } = {},
): VerifyResult {
  // Read-only; a board from an older Samlad (0.1) is migrated first, as any open does.
  const db = openBoardForReading(path, { nativeBinding: options.nativeBinding });
  try {
    return verifyBoard(db, PROJECTIONS, options);
  } catch (err) {
    throw unreadableIfDamaged(err, path);
  } finally {
    db.close();
  }
}

/**
 * verifyBoardFile on both cores: the hash chain in a worker thread (`chainWorker`, the built
 * dist/chain-worker.cjs), the links, projections and expected head here, each on its own
 * read-only connection and both up to the same record. The first problem by record wins.
 */
export async function verifyBoardFileInParallel(
  path: string,
  chainWorker: string,
  options: VerifyOptions & { onProgress?: (checked: number, total: number) => void; nativeBinding?: string | undefined } = {},
): Promise<VerifyResult> {
  const db = openBoardForReading(path, { nativeBinding: options.nativeBinding });
  try {
    // One snapshot here; the worker checks exactly the records it holds (the record only grows).
    db.exec('BEGIN');
    const upTo = db.prepare<[], { n: number | null }>('SELECT max(seq) AS n FROM record').get()?.n ?? 0;
    const input: ChainWorkerInput = { path, upTo, nativeBinding: options.nativeBinding };
    const worker = new Worker(resolve(chainWorker), { workerData: input });
    const chain = new Promise<ChainResult>((resolve, reject) => {
      worker.once('message', (m: ChainResult) => resolve(m));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`chain worker exited with ${code}`)));
    });
    let here: VerifyResult;
    try {
      here = verifyBoard(db, PROJECTIONS, { ...options, hashesCheckedElsewhere: true });
    } catch (err) {
      void worker.terminate();
      throw err;
    }
    const chained = await chain;
    db.exec('COMMIT');
    const bad = chained.first_bad;
    if (bad && (here.ok || here.first_bad?.seq === null || (bad.seq ?? 0) <= (here.first_bad?.seq ?? Infinity))) {
      return { ok: false, count: chained.count, head: null, first_bad: bad };
    }
    // The head is the chain's: this thread read the records without their hashes.
    return here.ok ? { ...here, head: chained.head } : here;
  } catch (err) {
    throw unreadableIfDamaged(err, path);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}
