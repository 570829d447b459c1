import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { EntryKind, JournalEntry, Place } from '../../../shared/domain/journal.js';
import { nextNumber, statement } from '../db/statements.js';
import type { WriteContext } from '../record/write.js';
import { ENTRY_COLUMNS, entryFromRecord, entryFromRow, type EntryRow } from './row.js';

export interface NewEntry {
  kind: EntryKind;
  text: string;
  actor: string | null;
  occurred_at: string | null;
  significant: boolean;
  place?: Place | null | undefined;
}

/** An entry the board writes itself about another capability's record ("Avspärrning upprättad: …"). */
export interface AutomaticEntry {
  kind: EntryKind;
  text: string;
  /** The subject it is about ("map/17"): a click on the entry opens it. */
  source: string;
  actor?: string | null | undefined;
  significant?: boolean | undefined;
  place?: Place | null | undefined;
  occurred_at?: string | null | undefined;
}

export interface Correction {
  seq: number;
  text: string;
  reason: string;
  kind?: EntryKind | undefined;
  actor?: string | null | undefined;
  occurred_at?: string | undefined;
  significant?: boolean | undefined;
  place?: Place | null | undefined;
}

function nextEntryNumber(db: Database.Database): number {
  return nextNumber(db, 'journal_entry', 'seq');
}

/** Appends a journal.entry record (and so its row). Runs inside the caller's write transaction. */
function appendRecord(
  ctx: WriteContext,
  entry: NewEntry,
  correction: { corrects: number; reason: string } | null,
  source: string | null = null,
): JournalEntry {
  const { occurred_at: occurredAt, place, kind, text, actor, significant } = entry;
  const payload = {
    entry: nextEntryNumber(ctx.db),
    kind,
    text,
    actor,
    significant,
    corrects: correction?.corrects ?? null,
    correction_reason: correction?.reason ?? null,
    // Left out, not null, when absent: entries from before these fields hash as they always did.
    ...(source === null ? {} : { source }),
    ...(place ? { place } : {}),
  };
  const record = ctx.append('journal.entry', `journal/${payload.entry}`, payload, occurredAt ?? undefined);
  return entryFromRecord(record, payload);
}

export function appendEntry(ctx: WriteContext, entry: NewEntry): JournalEntry {
  return appendRecord(ctx, entry, null);
}

/**
 * The journal entry a capability writes beside its own record, in the same transaction, so the
 * log shows every change to the picture ("Avspärrning upprättad: Storgatan") and can tell it from
 * what people typed (journal.list's origin filter).
 */
export function appendAutomaticEntry(ctx: WriteContext, entry: AutomaticEntry): JournalEntry {
  return appendRecord(
    ctx,
    {
      kind: entry.kind,
      text: entry.text,
      actor: entry.actor ?? null,
      occurred_at: entry.occurred_at ?? null,
      significant: entry.significant ?? false,
      place: entry.place ?? null,
    },
    null,
    entry.source,
  );
}

/** A correction is a new entry pointing at the original; the original is never touched. */
export function correctEntry(ctx: WriteContext, c: Correction): JournalEntry {
  const original = statement<[number], EntryRow>(ctx.db, `SELECT ${ENTRY_COLUMNS} FROM journal_entry WHERE seq = ?`).get(c.seq);
  if (!original) throw new ApiError('not_found', `no journal entry ${c.seq}`, { seq: c.seq });
  // Under the write lock: another writer may have corrected it a moment ago.
  const existing = statement<[number], { seq: number }>(ctx.db, 'SELECT seq FROM journal_entry WHERE corrects = ?').get(c.seq);
  if (existing) {
    throw new ApiError('already_corrected', `entry ${c.seq} is already corrected by ${existing.seq}`, {
      seq: c.seq,
      corrected_by: existing.seq,
    });
  }
  const was = entryFromRow(original);
  return appendRecord(
    ctx,
    {
      kind: c.kind ?? was.kind,
      text: c.text,
      actor: c.actor === undefined ? was.actor : c.actor,
      occurred_at: c.occurred_at ?? was.occurred_at,
      significant: c.significant ?? was.significant,
      place: c.place === undefined ? was.place : c.place,
    },
    { corrects: c.seq, reason: c.reason },
    // A correction of an automatic entry is still about the same thing.
    was.source,
  );
}
