import { z } from 'zod';
import { JournalEntry } from '../domain/journal.js';
import { instant, optionalUserText, userText } from '../domain/text.js';
import { Category, categoryFits, FeatureStatus, OpenStatus } from './categories.js';
import { FeatureKind, Geometry, KIND_OF_GEOMETRY } from './geometry.js';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5_000;
export const FEATURE_ACTOR_MAX = 200;

/** A feature's number on the board (map/17): given in order by the board, never reused. */
export const FeatureId = z.number().int().positive();

/**
 * What every version of a feature (kartobjekt) says: its record carries all of it (map/records.ts),
 * so any version can be rebuilt from its record alone.
 */
export const FEATURE_VERSION_FIELDS = {
  id: FeatureId,
  /** 1 when created, +1 with every change and the end. */
  version: z.number().int().positive(),
  kind: FeatureKind,
  geometry: Geometry,
  title: z.string(),
  description: z.string().nullable(),
  category: Category,
  status: FeatureStatus,
  /** The responsible actor (ansvarig aktör), free text. */
  actor: z.string().nullable(),
  valid_from: z.string().nullable(),
  valid_until: z.string().nullable(),
  created_by: z.string(),
  created_at: z.string(),
};

/** One version of a feature as the screens read it. */
export const Feature = z.object({
  ...FEATURE_VERSION_FIELDS,
  /** Who wrote this version, and when (its record's by and recorded_at). */
  changed_by: z.string(),
  changed_at: z.string(),
});
export type Feature = z.infer<typeof Feature>;

/** A version in a feature's history: the version and where it is in the record. */
export const FeatureVersion = Feature.extend({
  record_seq: z.number().int().positive(),
  change: z.enum(['created', 'changed', 'ended']),
});
export type FeatureVersion = z.infer<typeof FeatureVersion>;

export const FeatureHistory = z.object({
  versions: z.array(FeatureVersion),
  /** The journal entries about it (automatic ones, source = "map/<id>"), oldest first. */
  entries: z.array(JournalEntry),
});
export type FeatureHistory = z.infer<typeof FeatureHistory>;

const validity = {
  valid_from: instant.nullish().transform((s) => s ?? null),
  valid_until: instant.nullish().transform((s) => s ?? null),
};

const untilAfterFrom = (f: { valid_from?: string | null | undefined; valid_until?: string | null | undefined }): boolean =>
  !f.valid_from || !f.valid_until || f.valid_until >= f.valid_from;
const UNTIL_BEFORE_FROM = { message: 'valid_until is before valid_from', path: ['valid_until'] };

export const CreateFeatureInput = z
  .strictObject({
    geometry: Geometry,
    title: userText(TITLE_MAX),
    description: optionalUserText(DESCRIPTION_MAX),
    category: Category,
    status: OpenStatus.default('active'),
    actor: optionalUserText(FEATURE_ACTOR_MAX),
    ...validity,
  })
  .refine((f) => categoryFits(KIND_OF_GEOMETRY[f.geometry.type], f.category), { message: 'category does not fit the geometry', path: ['category'] })
  .refine(untilAfterFrom, UNTIL_BEFORE_FROM);
export type CreateFeatureInput = z.input<typeof CreateFeatureInput>;

/** A change: whatever is given replaces the current version's field (null clears an optional one). */
export const ChangeFeatureInput = z.strictObject({
  id: FeatureId,
  /** The version the change was made to: a change to an older one is refused (version_conflict). */
  version: z.number().int().positive(),
  geometry: Geometry.optional(),
  title: userText(TITLE_MAX).optional(),
  description: optionalUserText(DESCRIPTION_MAX).optional(),
  category: Category.optional(),
  status: OpenStatus.optional(),
  actor: optionalUserText(FEATURE_ACTOR_MAX).optional(),
  valid_from: instant.nullable().optional(),
  valid_until: instant.nullable().optional(),
});
export type ChangeFeatureInput = z.input<typeof ChangeFeatureInput>;

export const EndFeatureInput = z.strictObject({
  id: FeatureId,
  version: z.number().int().positive(),
});

/** A moment to look at: null or left out = now (live). */
export const AtInput = z.strictObject({ at: instant.nullish().transform((s) => s ?? null) });

export const FeatureList = z.object({
  features: z.array(Feature),
  /** The moment shown; null = live. */
  at: z.string().nullable(),
});
export type FeatureList = z.infer<typeof FeatureList>;

export const ChangedSinceInput = z.strictObject({
  since: instant,
  /** Up to this moment (a replay); null = now. */
  at: instant.nullish().transform((s) => s ?? null),
});

export const ChangedSince = z.object({
  /** Features with a version written after `since` (and at or before `at`), ascending. */
  ids: z.array(FeatureId),
});
