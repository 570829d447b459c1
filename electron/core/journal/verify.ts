import type Database from 'better-sqlite3';
import type { VerifyResult } from '../../../shared/domain/journal.js';
import { GENESIS_HASH, entryHash } from './hash.js';
import { ENTRY_COLUMNS, entryFromRow, sortKey, type EntryRow } from './row.js';

/**
 * Recomputes the whole chain from the first entry and names the first entry that does not fit:
 * its text or fields changed (hash_mismatch), it does not follow the entry before it
 * (prev_hash_mismatch), or the entry that should stand before it is gone (missing).
 * A removed last entry leaves no trace in the chain itself; compare `head` with a report's.
 */
export function verifyChain(db: Database.Database): VerifyResult {
  const rows = db
    .prepare<[], EntryRow & { sort_key: bigint }>(`SELECT ${ENTRY_COLUMNS}, sort_key FROM journal_entry ORDER BY seq`)
    .safeIntegers(true)
    .iterate();
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (const raw of rows) {
    // safeIntegers reads every integer as BigInt; only sort_key needs it.
    const row = { ...raw, seq: Number(raw.seq), significant: Number(raw.significant), corrects: raw.corrects === null ? null : Number(raw.corrects) };
    const entry = entryFromRow(row);
    const bad = (seq: number, problem: NonNullable<VerifyResult['first_bad']>['problem']): VerifyResult => ({
      ok: false,
      count,
      head: null,
      first_bad: { seq, problem },
    });
    if (entry.seq !== expectedSeq) return bad(expectedSeq, 'missing');
    if (entry.prev_hash !== prevHash) return bad(entry.seq, 'prev_hash_mismatch');
    if (entryHash(entry.prev_hash, entry) !== entry.hash) return bad(entry.seq, 'hash_mismatch');
    // The list order is derived from hashed fields; a changed one would move the entry silently.
    if (row.sort_key !== sortKey(entry.occurred_at, entry.seq)) return bad(entry.seq, 'hash_mismatch');
    prevHash = entry.hash;
    expectedSeq += 1;
    count += 1;
  }
  return { ok: true, count, head: count > 0 ? prevHash : null, first_bad: null };
}
