import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { ApiError } from '../../../shared/api/errors.js';
import { assertNotTooNew, migrate, schemaVersion } from './migrate.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';

/** PRAGMA application_id of every board file ("SAML"), so a stray SQLite file is not taken for one. */
export const APPLICATION_ID = 0x53414d4c;

export interface OpenedDb {
  db: Database.Database;
  /** True when the file failed PRAGMA quick_check: opened read-only and never written to. */
  readOnly: boolean;
  readOnlyReason: 'damaged' | null;
}

export interface OpenOptions {
  nativeBinding?: string | undefined;
}

const BUSY_TIMEOUT_MS = 5_000;

function connect(path: string, readonly: boolean, options: OpenOptions): Database.Database {
  return new Database(path, {
    readonly,
    fileMustExist: true,
    timeout: BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/** The storage rules of DESIGN.md: WAL, a write acknowledged only once it is on disk. */
function applyWritePragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // better-sqlite3 leaves WAL at NORMAL, which can lose the last commits on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  if (process.platform === 'darwin') {
    db.pragma('fullfsync = ON');
    db.pragma('checkpoint_fullfsync = ON');
  }
}

function unreadable(path: string, reason: string): ApiError {
  return new ApiError('board_unreadable', `cannot open ${path} as a board: ${reason}`, { path, reason });
}

/** quick_check's verdict, or the error SQLite gave when it could not even run it. */
function quickCheck(db: Database.Database): string {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).join('; ');
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Opens an existing board file. It is first looked at read-only: a file that fails quick_check
 * stays read-only (never written, not even migrated); a healthy one is reopened for writing,
 * given its pragmas and brought up to the latest schema.
 */
export function openBoardDb(path: string, options: OpenOptions = {}): OpenedDb {
  if (!existsSync(path)) throw unreadable(path, 'file not found');
  let probe: Database.Database;
  try {
    probe = connect(path, true, options);
  } catch (err) {
    throw unreadable(path, err instanceof Error ? err.message : String(err));
  }
  try {
    const verdict = quickCheck(probe);
    let appId: number;
    try {
      appId = probe.pragma('application_id', { simple: true }) as number;
    } catch (err) {
      throw unreadable(path, err instanceof Error ? err.message : String(err));
    }
    if (appId !== APPLICATION_ID) throw unreadable(path, 'not a Samlad board file');
    assertNotTooNew(probe);
    if (verdict !== 'ok') {
      probe.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      return { db: probe, readOnly: true, readOnlyReason: 'damaged' };
    }
  } catch (err) {
    probe.close();
    throw err;
  }
  probe.close();

  const db = connect(path, false, options);
  try {
    applyWritePragmas(db);
    migrate(db);
    return { db, readOnly: false, readOnlyReason: null };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Creates a new, empty board file at a path that must not exist yet, with the latest schema.
 * `init` runs in the same transaction as the schema, so a half-made board never stays behind.
 */
export function createBoardDb(path: string, init: (db: Database.Database) => void, options: OpenOptions = {}): Database.Database {
  if (existsSync(path)) throw new ApiError('board_exists', `a file already exists at ${path}`, { path });
  const db = new Database(path, {
    timeout: BUSY_TIMEOUT_MS,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyWritePragmas(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    db.transaction(() => init(db)).immediate();
    return db;
  } catch (err) {
    db.close();
    // Nothing was ever acknowledged in this file: remove it so a retry starts clean.
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    throw err;
  }
}

/**
 * Opens a board file only to read it (samlad verify): no quick_check (verify reads every record
 * and row itself, and SQLite refuses a damaged page as it reads it), nothing written. A file whose
 * schema is older than this Samlad's is first brought up to date by a normal open.
 */
export function openBoardForReading(path: string, options: OpenOptions = {}): Database.Database {
  if (!existsSync(path)) throw unreadable(path, 'file not found');
  let db: Database.Database;
  try {
    db = connect(path, true, options);
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      db.close();
      throw unreadable(path, 'not a Samlad board file');
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw unreadable(path, err instanceof Error ? err.message : String(err));
  }
  assertNotTooNew(db);
  if (schemaVersion(db) === LATEST_SCHEMA_VERSION) return db;
  db.close();
  const opened = openBoardDb(path, options);
  opened.db.close();
  return connect(path, true, options);
}
