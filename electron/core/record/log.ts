import type Database from 'better-sqlite3';
import type { RecordHead } from '../../../shared/record/record.js';
import { GENESIS_HASH, recordHash, type HashedRecord } from './hash.js';

/** One row of the record, as stored. */
export interface StoredRecord extends HashedRecord {
  prev_hash: string;
  hash: string;
}

export const RECORD_COLUMNS = 'seq, type, subject, by, payload, occurred_at, recorded_at, prev_hash, hash';

export type NewRecord = Omit<HashedRecord, 'seq'>;

/**
 * The board's append-only, hash-chained record. append() must run inside the caller's IMMEDIATE
 * transaction: the head is read under the write lock, so several processes writing one file still
 * make one unbroken chain.
 */
export class RecordLog {
  private readonly headStmt: Database.Statement<[], RecordHead>;
  private readonly insertStmt: Database.Statement<[number, string, string, string, string, string, string, string, string]>;
  private readonly sinceStmt: Database.Statement<[number, number], StoredRecord>;

  constructor(private readonly db: Database.Database) {
    this.headStmt = db.prepare('SELECT seq, hash FROM record ORDER BY seq DESC LIMIT 1');
    this.insertStmt = db.prepare(
      `INSERT INTO record (${RECORD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.sinceStmt = db.prepare(`SELECT ${RECORD_COLUMNS} FROM record WHERE seq > ? ORDER BY seq LIMIT ?`);
  }

  head(): RecordHead | null {
    return this.headStmt.get() ?? null;
  }

  append(record: NewRecord): StoredRecord {
    if (!this.db.inTransaction) throw new Error('RecordLog.append outside a transaction');
    const head = this.head();
    const prevHash = head?.hash ?? GENESIS_HASH;
    // One literal of one shape, bound by position: this runs for every record written.
    const { type, subject, by, payload, occurred_at: occurredAt, recorded_at: recordedAt } = record;
    const seq = (head?.seq ?? 0) + 1;
    const stored: StoredRecord = { seq, type, subject, by, payload, occurred_at: occurredAt, recorded_at: recordedAt, prev_hash: prevHash, hash: '' };
    stored.hash = recordHash(prevHash, stored);
    this.insertStmt.run(seq, type, subject, by, payload, occurredAt, recordedAt, prevHash, stored.hash);
    return stored;
  }

  /** Records after `seq`, oldest first, at most `limit`. */
  since(seq: number, limit: number): StoredRecord[] {
    return this.sinceStmt.all(seq, limit);
  }
}
