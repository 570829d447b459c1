import { z } from 'zod';
import { instant, optionalUserText, userText, wellFormedString } from './text.js';

/** Journal entry kinds; English identifiers in code, CLI and API, translated in the UI. */
export const ENTRY_KINDS = ['decision', 'action', 'information', 'incoming', 'outgoing', 'call'] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

export const TEXT_MAX = 20_000;
export const ACTOR_MAX = 200;
export const REASON_MAX = 2_000;
export const SEARCH_MAX = 500;
export const PAGE_MAX = 500;

/** One stored journal line, exactly as it is hash-chained. */
export const JournalEntry = z.object({
  seq: z.number().int().positive(),
  kind: EntryKind,
  text: z.string(),
  actor: z.string().nullable(),
  occurred_at: z.string(),
  recorded_at: z.string(),
  significant: z.boolean(),
  corrects: z.number().int().positive().nullable(),
  correction_reason: z.string().nullable(),
  prev_hash: z.string(),
  hash: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/** A [start, end) range of UTF-16 offsets in an entry's text that matched the search. */
export const Highlight = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Highlight = z.infer<typeof Highlight>;

/** An entry as the list shows it: with the link back from its correction and search hits. */
export const JournalEntryView = JournalEntry.extend({
  corrected_by: z.number().int().positive().nullable(),
  highlights: z.array(Highlight),
});
export type JournalEntryView = z.infer<typeof JournalEntryView>;

export const AppendInput = z.strictObject({
  kind: EntryKind,
  text: userText(TEXT_MAX),
  actor: optionalUserText(ACTOR_MAX),
  /** When it happened; defaults to the moment it is recorded. */
  occurred_at: instant.nullish().transform((s) => s ?? null),
  significant: z.boolean().default(false),
});
export type AppendInput = z.input<typeof AppendInput>;

/** A correction is a new entry pointing at the one it corrects; the original stays. */
export const CorrectInput = z.strictObject({
  seq: z.number().int().positive(),
  text: userText(TEXT_MAX),
  reason: userText(REASON_MAX),
  /** Defaults to the corrected entry's kind, actor, time and flag when left out. */
  kind: EntryKind.optional(),
  actor: optionalUserText(ACTOR_MAX).optional(),
  occurred_at: instant.optional(),
  significant: z.boolean().optional(),
});
export type CorrectInput = z.input<typeof CorrectInput>;

export const JournalQuery = z.strictObject({
  search: wellFormedString(SEARCH_MAX).optional(),
  kinds: z.array(EntryKind).max(ENTRY_KINDS.length).optional(),
  actor: wellFormedString(ACTOR_MAX).optional(),
  significant: z.boolean().optional(),
  from: instant.optional(),
  to: instant.optional(),
});
export type JournalQuery = z.input<typeof JournalQuery>;

export const ListInput = z.strictObject({
  query: JournalQuery.default({}),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(PAGE_MAX).default(100),
});
export type ListInput = z.input<typeof ListInput>;

export const ListOutput = z.object({
  total: z.number().int().nonnegative(),
  entries: z.array(JournalEntryView),
});
export type ListOutput = z.infer<typeof ListOutput>;

export const VerifyResult = z.object({
  ok: z.boolean(),
  count: z.number().int().nonnegative(),
  head: z.string().nullable(),
  first_bad: z
    .object({
      seq: z.number().int().positive(),
      problem: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'missing']),
    })
    .nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;
