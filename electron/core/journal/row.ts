import type { EntryKind, JournalEntry, Place } from '../../../shared/domain/journal.js';

/** A journal_entry row as SQLite returns it (booleans are 0/1). */
export interface EntryRow {
  seq: number;
  kind: string;
  text: string;
  actor: string | null;
  occurred_at: string;
  recorded_at: string;
  significant: number;
  corrects: number | null;
  correction_reason: string | null;
  by: string;
  record_seq: number;
  source: string | null;
  /** The place's canonical JSON ({"lat":…,"lon":…}), as verify compares it. */
  place: string | null;
}

export const ENTRY_COLUMNS =
  'seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, "by", record_seq, source, place';

const KEYS_PER_SECOND = 1_000_000_000n;

/** The first list order key of the whole second an instant falls in (beyond 2^53: BigInt). */
export function secondKey(iso: string): bigint {
  return BigInt(Math.floor(Date.parse(iso) / 1000)) * KEYS_PER_SECOND;
}

/** The first key of the second after the one an instant falls in: an exclusive upper bound. */
export function nextSecondKey(iso: string): bigint {
  return secondKey(iso) + KEYS_PER_SECOND;
}

/** The list order key of an entry: whole seconds of occurred_at × 1e9 + its number. */
export function sortKey(occurredAt: string, seq: number): bigint {
  return secondKey(occurredAt) + BigInt(seq);
}

export function entryFromRow(row: EntryRow): JournalEntry {
  return {
    seq: row.seq,
    // The CHECK constraint admits only the six kinds.
    kind: row.kind as EntryKind,
    text: row.text,
    actor: row.actor,
    occurred_at: row.occurred_at,
    recorded_at: row.recorded_at,
    significant: row.significant === 1,
    corrects: row.corrects,
    correction_reason: row.correction_reason,
    by: row.by,
    record_seq: row.record_seq,
    source: row.source,
    // Written only by the projection, from a payload its schema checked.
    place: row.place === null ? null : (JSON.parse(row.place) as Place),
  };
}
