import type Database from 'better-sqlite3';
import type { RecordPayload, RecordTypeName } from '../../../shared/api/records.js';
import type { SeatRole } from '../../../shared/api/protocol.js';
import type { AnyEvent } from '../../../shared/api/events.js';
import type { BoardInfo } from '../../../shared/domain/board.js';
import type { VerifyFinding } from '../../../shared/record/record.js';
import type { StoredRecord } from './log.js';

/** A table a projection writes, with every column verify compares (a test holds it to the schema). */
export interface ProjectionTable {
  readonly name: string;
  readonly columns: readonly string[];
}

/**
 * A change event and the seat roles allowed to receive it (the server filters, not the page);
 * `hostOnly`: only the host machine's own seats (room.changed: who is connected, the codes).
 */
export type RoutedEvent = AnyEvent & { readonly roles: readonly SeatRole[]; readonly record: { seq: number; type: string } | null; readonly hostOnly?: boolean };

export const ALL_ROLES: readonly SeatRole[] = ['staff', 'wall'];

/** What a projection may ask of the open board when it turns a record into events. */
export interface EventContext {
  db: Database.Database;
  /** The board's details read again (a board record changed them). */
  boardInfo(): BoardInfo;
  /** The board's clock (what is overdue is judged by it; tests control it). */
  now(): Date;
}

/** Compares the stored tables with what the records say, one record at a time. */
export interface ProjectionVerifier {
  feed(record: StoredRecord, payload: unknown): VerifyFinding | null;
  /** After the last record: rows nothing explained, state that differs. */
  finish(): VerifyFinding | null;
}

/** A function a quick check's SQL calls (registered on the checking connection). */
export type SqlFunction = (...args: never[]) => unknown;

/**
 * samlad verify's quick pass for a projection that writes one row per record: SQLite compares
 * each record with its row while the records are read for hashing, so no row crosses into
 * JavaScript. It may send a good record to the full check (that is only slower); it must never
 * pass a record the full check (the verifier) would fault. Written in SQL over the record `r`.
 */
export interface QuickCheck {
  /** LEFT JOIN clause bringing in the row a record `r` of this projection's types calls for. */
  readonly join: string;
  /**
   * The row's integer key when the row is there and holds exactly what record `r` says, and the
   * payload is exactly what the record type's schema admits (as canonical JSON); NULL otherwise.
   * Keys increase with the record's seq, as the verifier walks them.
   */
  readonly key: string;
  /** How many rows the projection holds: each must be matched by one record. */
  readonly rowCount: string;
  /** The SQL functions `key` calls, by name. */
  readonly functions: Readonly<Record<string, SqlFunction>>;
}

/**
 * A capability's projection: the tables its screens read, written in the same transaction as
 * each of its records and rebuilt from them by verify.
 */
export interface Projection<T extends RecordTypeName = RecordTypeName> {
  readonly recordTypes: readonly T[];
  readonly tables: readonly ProjectionTable[];
  apply(db: Database.Database, record: StoredRecord, payload: RecordPayload<T>): void;
  verifier(db: Database.Database): ProjectionVerifier;
  /** samlad verify's quick pass, for a projection of one row per record (optional: without it, its records are fed to its verifier). */
  readonly quickCheck?: QuickCheck;
  /** The events a record makes; its payload as parsed (written here, or read back from the record). */
  events(ctx: EventContext, record: StoredRecord, payload: RecordPayload<T>): RoutedEvent[];
}

export function finding(problem: VerifyFinding['problem'], seq: number | null, at: Partial<Pick<VerifyFinding, 'table' | 'key' | 'column' | 'subject'>> = {}): VerifyFinding {
  return { problem, seq, table: at.table ?? null, key: at.key ?? null, column: at.column ?? null, subject: at.subject ?? null };
}

/** The first column whose values differ, or null. Values are compared as SQLite returns them. */
export function firstDifferentColumn(columns: readonly string[], expected: readonly unknown[], actual: readonly unknown[]): string | null {
  for (let i = 0; i < columns.length; i++) {
    if (expected[i] !== actual[i]) return columns[i] ?? null;
  }
  return null;
}
