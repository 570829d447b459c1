import { createHash } from 'node:crypto';
import type { JournalEntry } from '../../../shared/domain/journal.js';
import { canonicalJson } from '../db/canonical-json.js';

/** prev_hash of the first entry: the chain starts from a known value, not from nothing. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers: everything the staff recorded, in canonical form. */
export type HashedFields = Omit<JournalEntry, 'prev_hash' | 'hash'>;

/** hash = sha256(prev_hash || canonical JSON (RFC 8785) of the entry), hex. */
export function entryHash(prevHash: string, entry: HashedFields): string {
  const canonical = canonicalJson({
    seq: entry.seq,
    kind: entry.kind,
    text: entry.text,
    actor: entry.actor,
    occurred_at: entry.occurred_at,
    recorded_at: entry.recorded_at,
    significant: entry.significant,
    corrects: entry.corrects,
    correction_reason: entry.correction_reason,
  });
  return createHash('sha256').update(prevHash + canonical, 'utf8').digest('hex');
}
