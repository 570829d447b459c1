import { z } from 'zod';
import { Feature } from './feature.js';
import { RecordHead } from '../record/record.js';
import { Geometry } from './geometry.js';

/** The properties every exported feature carries (the CLI's `map list --json` too). */
export const ExportedProperties = Feature.omit({ kind: true, geometry: true, created_by: true, created_at: true });

/**
 * What every export is stamped with (a foreign member, RFC 7946 §6.1): which board, whether it is
 * an exercise, the moment shown (null = live), and the record's head when exported, so
 * `samlad verify --expect-head` can later prove the board still holds what was exported.
 */
export const ExportStamp = z.object({
  board: z.string(),
  exercise: z.boolean(),
  at: z.string().nullable(),
  head: RecordHead.nullable(),
});

/** The live or replayed picture as an RFC 7946 FeatureCollection. */
export const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  samlad: ExportStamp.optional(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.number().int().positive(),
      geometry: Geometry,
      properties: ExportedProperties,
    }),
  ),
});
export type FeatureCollection = z.infer<typeof FeatureCollection>;
