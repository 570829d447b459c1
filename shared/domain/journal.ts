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
export const ACTORS_FILTER_MAX = 100;
export const SOURCE_MAX = 120;

/**
 * Where an entry happened: a point in WGS84 (set by clicking the map). Latitude and longitude in
 * degrees, bounded to the world (a board is Swedish, but a neighbour's report may not be).
 */
export const Place = z.strictObject({
  lat: z.number().finite().min(-90).max(90),
  lon: z.number().finite().min(-180).max(180),
});
export type Place = z.infer<typeof Place>;

/**
 * What an automatic entry is about: the subject of the record that caused it ("map/17",
 * "actor/3"). Only a capability writes it (never a person's input), so the journal can tell what
 * people typed from what the board wrote itself, and a click can open the thing it is about.
 */
export const EntrySource = z.string().max(SOURCE_MAX).regex(/^[a-z][a-z_]*\/[A-Za-z0-9_.-]+$/, { message: 'must be capability/id' });

/** Which entries a list shows: all, only those people wrote, or only the board's automatic ones. */
export const ENTRY_ORIGINS = ['people', 'automatic'] as const;
export const EntryOrigin = z.enum(ENTRY_ORIGINS);
export type EntryOrigin = z.infer<typeof EntryOrigin>;

/** One journal line as its record says it (see electron/core/journal/projection.ts). */
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
  /** Who recorded it (a person's name; empty for entries from before names were recorded). */
  by: z.string(),
  /** The record this entry is the projection of: its place in the board's hash chain. */
  record_seq: z.number().int().positive(),
  /** Set on automatic entries: what they are about ("map/17"); null on what people wrote. */
  source: z.string().nullable(),
  /** Where it happened, when someone gave it a place on the map. */
  place: Place.nullable(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/** A [start, end) range of UTF-16 offsets in an entry's text that matched the search. */
export const Highlight = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Highlight = z.infer<typeof Highlight>;

/** An entry as the list shows it: with the link back from its correction and search hits. */
export const JournalEntryView = JournalEntry.extend({
  corrected_by: z.number().int().positive().nullable(),
  highlights: z.array(Highlight),
  /** Search hits in the actor, as offsets into the actor (empty without a search). */
  actor_highlights: z.array(Highlight),
});
export type JournalEntryView = z.infer<typeof JournalEntryView>;

export const AppendInput = z.strictObject({
  kind: EntryKind,
  text: userText(TEXT_MAX),
  actor: optionalUserText(ACTOR_MAX),
  /** When it happened; defaults to the moment it is recorded. */
  occurred_at: instant.nullish().transform((s) => s ?? null),
  significant: z.boolean().default(false),
  place: Place.nullish().transform((p) => p ?? null),
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
  place: Place.nullable().optional(),
});
export type CorrectInput = z.input<typeof CorrectInput>;

export const JournalQuery = z.strictObject({
  search: wellFormedString(SEARCH_MAX).optional(),
  kinds: z.array(EntryKind).max(ENTRY_KINDS.length).optional(),
  actor: wellFormedString(ACTOR_MAX).optional(),
  /** Any of these actors, exactly (a UI resolves what was typed to the known names first). */
  actors: z.array(wellFormedString(ACTOR_MAX)).max(ACTORS_FILTER_MAX).optional(),
  significant: z.boolean().optional(),
  origin: EntryOrigin.optional(),
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

/** Searches count their hits up to this many; beyond it the list says "10 000+". */
export const SEARCH_COUNT_CAP = 10_000;

export const ListOutput = z.object({
  total: z.number().int().nonnegative(),
  /** True when total stopped at SEARCH_COUNT_CAP: there are more hits than that. */
  total_capped: z.boolean(),
  entries: z.array(JournalEntryView),
});
export type ListOutput = z.infer<typeof ListOutput>;
