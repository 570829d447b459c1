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
import type { PdfRenderer } from './reports/tools.js';
import { verifyBoard, type VerifyOptions } from './record/verify.js';
import type { ChainWorkerInput, ChainWorkerMessage } from './record/chain-worker.js';
import type { RangeResult } from './record/range-check.js';
import { planRanges, quickPassHolds } from './record/quick-pass.js';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { openBoardForReading } from './db/open.js';
import { MbtilesTiles } from './map/mbtiles.js';
import { TileFetches } from './map/tile-proxy.js';
import { layerTile, type TileAnswer } from './map/tiles.js';
import type { AttachedRoom } from './room-link.js';
import { ROOM_CHANGED_EVENT } from '../../shared/room/contract.js';

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
  /** The app's shipped resources (resources/): kommun boundaries for CAP areas. */
  resourcesDir?: string | null | undefined;
  /** Prints a report's page to PDF (reports.pdf): Chromium for `samlad serve`, printToPDF in Electron; none: a clear error. */
  pdf?: PdfRenderer | null | undefined;
  /** Where internal errors are written (stderr by default): never to a user's screen. */
  log?: (message: string) => void;
  /**
   * A new board starts with the usual actors of its kommun (default true). Tests of other
   * capabilities turn it off: their record numbers count from board.created.
   */
  seedActors?: boolean;
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
  /**
   * A tile of the open board's background layer (XYZ numbering) for the static route /tiles/…: an
   * mbtiles layer's from its file, another's fetched from its service; or why there is none.
   */
  tile(layerId: number, z: number, x: number, y: number): Promise<TileAnswer>;
  /**
   * The room this process serves (the seat server's sharing, codes and seats): room.* go to it,
   * its changes go out as room.changed to host seats. Without one, room.* answer not_available.
   * Returns detach.
   */
  attachRoom(room: AttachedRoom): () => void;
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
    seedActors: options.seedActors ?? true,
  });
  let room: AttachedRoom | null = null;
  const dispatch = createDispatcher(createHandlers(boards, { resourcesDir: options.resourcesDir ?? null, pdf: options.pdf ?? null }), boards, log, () => room);
  const tiles = new MbtilesTiles(options.nativeBinding);
  const fetches = new TileFetches();
  return {
    dispatch,
    onEvent: (listener) => events.subscribe(listener),
    openBoardFile: (path) => boards.open(path),
    createBoardFile: (path, input, by) => {
      const parsed = CreateBoardInput.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error.issues);
      createBoardFile(path, parsed.data, now(), by, { nativeBinding: options.nativeBinding, seedActors: options.seedActors ?? true });
    },
    tile: (layerId, z, x, y) => layerTile(boards.current(), { tiles, fetches }, layerId, z, x, y),
    attachRoom: (attached) => {
      room = attached;
      const unsubscribe = attached.onChange((status) => events.emit({ event: ROOM_CHANGED_EVENT, data: status, roles: ['staff'], record: null, hostOnly: true }));
      return () => {
        unsubscribe();
        if (room === attached) room = null;
      };
    },
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

/** Fewer records than this per thread are not worth a thread's start. */
const RECORDS_PER_THREAD_AT_LEAST = 10_000;

/** One worker's quick pass over its range; its progress told as it goes. */
function rangeInWorker(chainWorker: string, input: ChainWorkerInput, onChecked: (checked: number) => void): Promise<RangeResult> {
  const worker = new Worker(resolve(chainWorker), { workerData: input });
  return new Promise<RangeResult>((resolve, reject) => {
    worker.on('message', (m: ChainWorkerMessage) => {
      if (m.kind === 'progress') onChecked(m.checked);
      else resolve(m.result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`verify worker exited with ${code}`)));
  });
}

/**
 * verifyBoardFile on every core: the records are cut into ranges, and a worker thread per range
 * (`chainWorker`, the built dist/chain-worker.cjs) makes the quick pass over it on its own
 * read-only connection: the chain, and each record against its projection row in SQL. When all
 * of it holds, that is the answer; when anything does not (or a worker fails), the full check
 * runs here and names the first bad record, exactly as verifyBoardFile does.
 */
export async function verifyBoardFileInParallel(
  path: string,
  chainWorker: string,
  options: VerifyOptions & { onProgress?: (checked: number, total: number) => void; nativeBinding?: string | undefined; threads?: number } = {},
): Promise<VerifyResult> {
  const db = openBoardForReading(path, { nativeBinding: options.nativeBinding });
  try {
    // One snapshot here; the workers check exactly the records it holds (the record only grows).
    db.exec('BEGIN');
    const upTo = db.prepare<[], number | null>('SELECT max(seq) FROM record').pluck().get() ?? 0;
    const threads = options.threads ?? Math.min(availableParallelism(), Math.ceil(upTo / RECORDS_PER_THREAD_AT_LEAST));
    if (upTo > 0) {
      const ranges = planRanges(upTo, threads);
      const checked = ranges.map(() => 0);
      const results = await Promise.all(
        ranges.map((range, i) =>
          rangeInWorker(chainWorker, { path, ...range, nativeBinding: options.nativeBinding }, (n) => {
            checked[i] = n;
            options.onProgress?.(checked.reduce((a, b) => a + b, 0), upTo);
          }).catch(() => null),
        ),
      );
      const ready = results.filter((r): r is RangeResult => r !== null);
      if (ready.length === ranges.length && quickPassHolds(db, PROJECTIONS, ready, options.expectHead)) {
        options.onProgress?.(upTo, upTo);
        const hash = db.prepare<[number], string>('SELECT hash FROM record WHERE seq = ?').pluck().get(upTo) ?? '';
        return { ok: true, count: upTo, head: { seq: upTo, hash }, first_bad: null };
      }
    }
    // Something does not hold (or could not be looked at quickly): the full check says what.
    return verifyBoard(db, PROJECTIONS, options);
  } catch (err) {
    throw unreadableIfDamaged(err, path);
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}
