import type Database from 'better-sqlite3';
import type { RecordHead, VerifyFinding } from '../../../shared/record/record.js';
import { GENESIS_HASH, recordHash } from './hash.js';
import { RECORD_COLUMNS } from './log.js';
import { finding } from './projection.js';

/** A record row as read for checking: seq, type, subject, by, payload, occurred_at, recorded_at, prev_hash, hash. */
export type RawRecord = [number, string, string, string, string, string, string, string, string];

export const SELECT_RECORDS = `SELECT ${RECORD_COLUMNS} FROM record WHERE seq > ? ORDER BY seq LIMIT ?`;
/** The same rows without their hashes, for a thread that leaves the chain to another. */
export const SELECT_RECORDS_UNHASHED = "SELECT seq, type, subject, \"by\", payload, occurred_at, recorded_at, '', '' FROM record WHERE seq > ? ORDER BY seq LIMIT ?";

/**
 * The chain's own rules for one record, given the one before it: its seq follows, its prev_hash
 * is the last hash and its hash matches its content (unless `linksCheckedElsewhere`: another
 * thread does those two); record 1 and only record 1 is board.created.
 */
export function chainProblem(row: RawRecord, lastSeq: number, prevHash: string, linksCheckedElsewhere: boolean): VerifyFinding | null {
  const [seq, type, subject, by, payload, occurred_at, recorded_at, prev_hash, hash] = row;
  if (seq !== lastSeq + 1) return finding('missing', lastSeq + 1);
  if (!linksCheckedElsewhere) {
    if (prev_hash !== prevHash) return finding('prev_hash_mismatch', seq, { subject });
    if (recordHash(prev_hash, { seq, type, subject, by, payload, occurred_at, recorded_at }) !== hash) return finding('hash_mismatch', seq, { subject });
  }
  // Record 1 and only record 1 names the board: that is what binds the chain to it.
  if ((seq === 1) !== (type === 'board.created')) return finding('bad_payload', seq, { subject });
  return null;
}

export interface ChainResult {
  /** Records checked and found good. */
  count: number;
  head: RecordHead | null;
  first_bad: VerifyFinding | null;
}

/** The chain alone, records 1..upTo: what a second thread checks while the first rebuilds the projections. */
export function checkChain(db: Database.Database, upTo: number, chunk = 2_000): ChainResult {
  const stmt = db.prepare<[number, number], RawRecord>(SELECT_RECORDS).raw(true);
  let lastSeq = 0;
  let prevHash = GENESIS_HASH;
  while (lastSeq < upTo) {
    const rows = stmt.all(lastSeq, Math.min(chunk, upTo - lastSeq));
    if (rows.length === 0) break;
    for (const row of rows) {
      const problem = chainProblem(row, lastSeq, prevHash, false);
      if (problem) return { count: lastSeq, head: null, first_bad: problem };
      lastSeq = row[0];
      prevHash = row[8];
    }
  }
  if (lastSeq < upTo) return { count: lastSeq, head: null, first_bad: finding('missing', lastSeq + 1) };
  return { count: lastSeq, head: lastSeq > 0 ? { seq: lastSeq, hash: prevHash } : null, first_bad: null };
}
