import { z } from 'zod';
import { Category, FeatureStatus } from './categories.js';
import { Geometry } from './geometry.js';

/** The properties every exported feature carries (the CLI's `map list --json` too). */
export const ExportedProperties = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  title: z.string(),
  description: z.string().nullable(),
  category: Category,
  status: FeatureStatus,
  actor: z.string().nullable(),
  valid_from: z.string().nullable(),
  valid_until: z.string().nullable(),
  changed_by: z.string(),
  changed_at: z.string(),
});

/** The live or replayed picture as an RFC 7946 FeatureCollection. */
export const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
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
