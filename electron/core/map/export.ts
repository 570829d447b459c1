import type { Feature } from '../../../shared/map/feature.js';
import type { ExportStamp, FeatureCollection } from '../../../shared/map/geojson.js';
import type { z } from 'zod';

/** The picture as an RFC 7946 FeatureCollection (WGS84, longitude first), one Feature per feature. */
export function toFeatureCollection(features: readonly Feature[], stamp?: z.infer<typeof ExportStamp>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    ...(stamp ? { samlad: stamp } : {}),
    features: features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: f.geometry,
      properties: {
        id: f.id,
        version: f.version,
        title: f.title,
        description: f.description,
        category: f.category,
        status: f.status,
        actor: f.actor,
        valid_from: f.valid_from,
        valid_until: f.valid_until,
        changed_by: f.changed_by,
        changed_at: f.changed_at,
      },
    })),
  };
}
