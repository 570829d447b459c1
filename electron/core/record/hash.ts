import { hash } from 'node:crypto';

/** prev_hash of record 1. The chain is bound to its board by record 1 itself (board.created). */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a record's hash covers; payload is its RFC 8785 canonical JSON text. */
export interface HashedRecord {
  seq: number;
  type: string;
  subject: string;
  by: string;
  payload: string;
  occurred_at: string;
  recorded_at: string;
}

/**
 * hash = sha256(prev_hash || RFC 8785 canonical JSON of the record), hex. The envelope's keys are
 * written in RFC 8785 order by hand and the payload text is spliced in as stored, so this equals
 * canonicalJson({...record, payload: JSON.parse(payload)}) without parsing (verify hashes a million
 * records; tests/unit/record.test.ts checks the equality).
 */
export function recordHash(prevHash: string, r: HashedRecord): string {
  const canonical =
    `{"by":${JSON.stringify(r.by)},"occurred_at":${JSON.stringify(r.occurred_at)},"payload":${r.payload},` +
    `"recorded_at":${JSON.stringify(r.recorded_at)},"seq":${r.seq},"subject":${JSON.stringify(r.subject)},"type":${JSON.stringify(r.type)}}`;
  // crypto.hash: one call, no Hash object per record (verify hashes a million of them).
  return hash('sha256', prevHash + canonical, 'hex');
}
