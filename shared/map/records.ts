import { z } from 'zod';
import { FEATURE_VERSION_FIELDS } from './feature.js';
import { LayerConfig, LayerId } from './layer.js';

/**
 * A feature version as its record carries it: the whole version, so any version can be rebuilt
 * from its record alone. Who wrote the version and when are the record's own `by` and
 * `recorded_at`; who created the feature and when are repeated in every version.
 */
export const FeatureVersionPayload = z.strictObject(FEATURE_VERSION_FIELDS);
export type FeatureVersionPayload = z.infer<typeof FeatureVersionPayload>;

/** A layer version: its configuration and whether it has a secret (the secret itself never is here). */
const LayerVersionPayload = z.strictObject({
  id: LayerId,
  version: z.number().int().positive(),
  config: LayerConfig,
  has_secret: z.boolean(),
});

/** The map's record types. Nothing is deleted: every version stays in the record. */
export const mapRecords = {
  'map.feature.created': FeatureVersionPayload,
  'map.feature.changed': FeatureVersionPayload,
  /** "Avsluta": the final version, status ended. */
  'map.feature.ended': FeatureVersionPayload,
  'map.layer.added': LayerVersionPayload,
  'map.layer.changed': LayerVersionPayload,
  'map.layer.removed': z.strictObject({ id: LayerId, version: z.number().int().positive() }),
} as const;

export const FEATURE_RECORD_TYPES = ['map.feature.created', 'map.feature.changed', 'map.feature.ended'] as const;
export const LAYER_RECORD_TYPES = ['map.layer.added', 'map.layer.changed', 'map.layer.removed'] as const;
