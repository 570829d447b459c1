import { z } from 'zod';
import { EntryKind, EntrySource, Place } from '../domain/journal.js';

/**
 * The journal's record types. A journal entry's projection (the journal_entry row the list reads)
 * is rebuilt from exactly these fields plus the record's own occurred_at, recorded_at and by.
 */
export const journalRecords = {
  'journal.entry': z.strictObject({
    /** The entry's number in the journal (#1, #2 …): what the staff call it. */
    entry: z.number().int().positive(),
    kind: EntryKind,
    text: z.string(),
    actor: z.string().nullable(),
    significant: z.boolean(),
    corrects: z.number().int().positive().nullable(),
    correction_reason: z.string().nullable(),
    // Both absent from entries written before they existed (the payload is hashed as stored).
    /** An automatic entry's subject ("map/17"): see EntrySource. */
    source: EntrySource.optional(),
    place: Place.optional(),
  }),
} as const;
