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
  private readonly insertStmt: Database.Statement<[StoredRecord]>;
  private readonly sinceStmt: Database.Statement<[number, number], StoredRecord>;

  constructor(private readonly db: Database.Database) {
    this.headStmt = db.prepare('SELECT seq, hash FROM record ORDER BY seq DESC LIMIT 1');
    this.insertStmt = db.prepare(
      `INSERT INTO record (${RECORD_COLUMNS}) VALUES (@seq, @type, @subject, @by, @payload, @occurred_at, @recorded_at, @prev_hash, @hash)`,
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
    const stored: StoredRecord = { ...record, seq: (head?.seq ?? 0) + 1, prev_hash: prevHash, hash: '' };
    stored.hash = recordHash(prevHash, stored);
    this.insertStmt.run(stored);
    return stored;
  }

  /** Records after `seq`, oldest first, at most `limit`. */
  since(seq: number, limit: number): StoredRecord[] {
    return this.sinceStmt.all(seq, limit);
  }
}
