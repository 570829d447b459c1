import type { Feature } from '../../../shared/map/feature.js';
import type { ExportStamp, FeatureCollection } from '../../../shared/map/geojson.js';
import type { z } from 'zod';

/** The picture as an RFC 7946 FeatureCollection (WGS84, longitude first), one Feature per feature. */
export function toFeatureCollection(features: readonly Feature[], stamp?: z.infer<typeof ExportStamp>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    ...(stamp ? { samlad: stamp } : {}),
    // Every field but the geometry (its own member), the kind (the geometry says it) and who made it.
    features: features.map(({ kind: _kind, geometry, created_by: _by, created_at: _at, ...properties }) => ({ type: 'Feature', id: properties.id, geometry, properties })),
  };
}
