import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Outer rings of a kommun's boundary, [lon, lat] in WGS84 (GeoJSON order). */
export type Rings = [number, number][][];

export interface KommunBoundaries {
  /** The kommun's outer rings, or null when the boundary data is not at hand. */
  rings(code: string): Rings | null;
}

interface Feature {
  properties: { KnKod?: string };
  geometry: { type: 'Polygon'; coordinates: Rings } | { type: 'MultiPolygon'; coordinates: Rings[] };
}

/**
 * The kommun boundaries shipped in resources/geo (SCB, see its SOURCES.md), read once on first use.
 * Holes are left out: a CAP polygon has none, and a kommun's area includes its lakes.
 */
export function kommunBoundaries(resourcesDir: string | null): KommunBoundaries {
  let byCode: Map<string, Rings> | null = null;
  const load = (): Map<string, Rings> => {
    const map = new Map<string, Rings>();
    if (resourcesDir === null) return map;
    const text = readFileSync(join(resourcesDir, 'geo', 'sweden-kommuner.geojson'), 'utf8');
    for (const f of (JSON.parse(text) as { features: Feature[] }).features) {
      const code = f.properties.KnKod;
      if (!code) continue;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      map.set(code, polygons.map((p) => p[0]).filter((r): r is [number, number][] => r !== undefined));
    }
    return map;
  };
  return {
    rings(code) {
      byCode ??= load();
      return byCode.get(code) ?? null;
    },
  };
}
