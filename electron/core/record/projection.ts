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

/** A change event and the seat roles allowed to receive it (the server filters, not the page). */
export type RoutedEvent = AnyEvent & { readonly roles: readonly SeatRole[]; readonly record: { seq: number; type: string } | null };

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

/**
 * A capability's projection: the tables its screens read, written in the same transaction as
 * each of its records and rebuilt from them by verify.
 */
export interface Projection<T extends RecordTypeName = RecordTypeName> {
  readonly recordTypes: readonly T[];
  readonly tables: readonly ProjectionTable[];
  apply(db: Database.Database, record: StoredRecord, payload: RecordPayload<T>): void;
  verifier(db: Database.Database): ProjectionVerifier;
  events(ctx: EventContext, record: StoredRecord): RoutedEvent[];
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
