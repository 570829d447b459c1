import type { VerifyFinding } from '../../../shared/record/record.js';
import { recordHash } from './hash.js';
import { RECORD_COLUMNS } from './log.js';
import { finding } from './projection.js';

/** A record row as read for checking: seq, type, subject, by, payload, occurred_at, recorded_at, prev_hash, hash. */
export type RawRecord = [number, string, string, string, string, string, string, string, string];

export const SELECT_RECORDS = `SELECT ${RECORD_COLUMNS} FROM record WHERE seq > ? ORDER BY seq LIMIT ?`;

/**
 * The chain's own rules for one record, given the one before it: its seq follows, its prev_hash
 * is the last hash and its hash matches its content; record 1 and only record 1 is board.created.
 */
export function chainProblem(row: RawRecord, lastSeq: number, prevHash: string): VerifyFinding | null {
  const [seq, type, subject, by, payload, occurred_at, recorded_at, prev_hash, hash] = row;
  if (seq !== lastSeq + 1) return finding('missing', lastSeq + 1);
  if (prev_hash !== prevHash) return finding('prev_hash_mismatch', seq, { subject });
  if (recordHash(prev_hash, { seq, type, subject, by, payload, occurred_at, recorded_at }) !== hash) return finding('hash_mismatch', seq, { subject });
  // Record 1 and only record 1 names the board: that is what binds the chain to it.
  if ((seq === 1) !== (type === 'board.created')) return finding('bad_payload', seq, { subject });
  return null;
}
