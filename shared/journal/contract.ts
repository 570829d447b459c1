import { z } from 'zod';
import { method } from '../api/method.js';
import { AppendInput, CorrectInput, JournalEntry, JournalEntryView, JournalQuery, ListInput, ListOutput } from '../domain/journal.js';

const Empty = z.strictObject({});

/** The journal (loggbok): append, correct, list and search. */
export const journalMethods = {
  'journal.append': method('write', AppendInput, JournalEntry),
  'journal.correct': method('write', CorrectInput, JournalEntry),
  'journal.list': method('read', ListInput, ListOutput),
  'journal.get': method('read', z.strictObject({ seq: z.number().int().positive() }), JournalEntryView),
  /** Where an entry stands in the list for a query (0 = first), so the UI can scroll to it. */
  'journal.position': method(
    'read',
    z.strictObject({ seq: z.number().int().positive(), query: JournalQuery.default({}) }),
    z.object({ index: z.number().int().nonnegative().nullable() }),
  ),
  'journal.actors': method('read', Empty, z.object({ actors: z.array(z.string()) })),
  /**
   * The whole journal for the archive (loggbok), stating the record head it covers: CSV, the A4
   * page (HTML), or that page printed to PDF by the host. A seat (the window included) takes out
   * at most JOURNAL_ARCHIVE_MAX entries; the CLI (`samlad journal export`) any number.
   */
  'journal.archive': method(
    'staff',
    z.strictObject({ format: z.enum(['csv', 'html', 'pdf']) }),
    z.object({ file_name: z.string(), mime_type: z.enum(['text/csv', 'text/html', 'application/pdf']), base64: z.string() }),
  ),
} as const;

/** Entries a seat may take out as one archive file (about 700 printed pages). */
export const JOURNAL_ARCHIVE_MAX = 10_000;

export const journalEvents = {
  /** A journal entry was committed (a correction is also an appended entry). */
  'journal.appended': z.object({ entry: JournalEntry }),
} as const;
