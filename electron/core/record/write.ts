import type Database from 'better-sqlite3';
import { RECORD_TYPES, type RecordPayload, type RecordTypeName } from '../../../shared/api/records.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import type { RecordLog, StoredRecord } from './log.js';
import type { Projections } from './projections.js';

/** A record as written, and its payload as parsed (null: read back from the record, parse it). */
export interface AppendedRecord {
  record: StoredRecord;
  payload: unknown;
}

/**
 * What a write handler is given: it appends records, each written with its projection in the
 * caller's one IMMEDIATE transaction. Every record of one call carries the same `by` and
 * recorded_at.
 */
export class WriteContext {
  /**
   * The records appended so far, oldest first, each with its payload as parsed: the write path
   * publishes them once committed, without parsing them again.
   */
  readonly appended: AppendedRecord[] = [];

  constructor(
    readonly db: Database.Database,
    private readonly log: RecordLog,
    private readonly projections: Projections,
    /** Who is writing: the person at the seat, window or CLI. */
    readonly by: string,
    /** The moment of this commit. */
    readonly now: Date,
  ) {}

  /**
   * Appends one record and writes its projection. The payload is checked against its record
   * type's schema and stored as RFC 8785 canonical JSON: what is hashed is what is stored.
   */
  append<T extends RecordTypeName>(type: T, subject: string, payload: RecordPayload<T>, occurredAt?: string): StoredRecord {
    const parsed = RECORD_TYPES[type].parse(payload) as RecordPayload<T>;
    const recordedAt = this.now.toISOString();
    const record = this.log.append({
      type,
      subject,
      by: this.by,
      payload: canonicalJsonOf(parsed),
      occurred_at: occurredAt ?? recordedAt,
      recorded_at: recordedAt,
    });
    this.projections.apply(this.db, record, parsed);
    this.appended.push({ record, payload: parsed });
    return record;
  }
}
