import { z } from 'zod';
import { method } from '../api/method.js';
import { ChangedSince, ChangedSinceInput, ChangeFeatureInput, CreateFeatureInput, EndFeatureInput, AtInput, Feature, FeatureHistory, FeatureId, FeatureList } from './feature.js';
import { FeatureCollection } from './geojson.js';
import { ImportInput, ImportResult } from './import.js';
import { AddLayerInput, ChangeLayerInput, Layer, RemoveLayerInput } from './layer.js';

const Empty = z.strictObject({});

/**
 * The map (lägesbild): features drawn, changed and ended, each version a record; the picture at
 * any moment (replay); import and export; background layers.
 */
export const mapMethods = {
  'map.create': method('write', CreateFeatureInput, Feature),
  /** A new version: geometry and/or properties. */
  'map.change': method('write', ChangeFeatureInput, Feature),
  /** "Avsluta": the feature's last version, status ended; it stays in the record and the history. */
  'map.end': method('write', EndFeatureInput, Feature),
  /** Every feature as it stood at `at` (replay), or now; ended ones included (status ended). */
  'map.list': method('read', AtInput, FeatureList),
  'map.get': method('read', z.strictObject({ id: FeatureId, at: AtInput.shape.at }), Feature),
  /** A feature's versions and its journal entries. */
  'map.history': method('read', z.strictObject({ id: FeatureId }), FeatureHistory),
  /** Features changed since a moment (the last samverkanskonferens …), for the highlight. */
  'map.changedSince': method('read', ChangedSinceInput, ChangedSince),
  /** GeoJSON or KML, all or nothing, with one journal entry for the whole import. */
  'map.import': method('write', ImportInput, ImportResult),
  /** The live or replayed picture as a GeoJSON FeatureCollection. */
  'map.export': method('read', AtInput, FeatureCollection),
  /** Background layers; a wall seat gets them without their secret. */
  'map.layers.list': method('read', Empty, z.object({ layers: z.array(Layer) })),
  'map.layers.add': method('write', AddLayerInput, Layer),
  'map.layers.change': method('write', ChangeLayerInput, Layer),
  'map.layers.remove': method('write', RemoveLayerInput, z.object({ id: z.number().int().positive() })),
} as const;

export const mapEvents = {
  /** A feature was created, changed or ended (one event per version; an import sends one per feature). */
  'map.feature': z.object({ change: z.enum(['created', 'changed', 'ended']), feature: Feature }),
  /** A background layer was added, changed or removed (a wall seat's copy has no secret). */
  'map.layer': z.object({ change: z.enum(['added', 'changed', 'removed']), layer: Layer.nullable(), id: z.number().int().positive() }),
} as const;
