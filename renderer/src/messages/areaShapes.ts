import type { Feature } from '../../../shared/map/feature';
import { RING_POINTS_MAX, type AreaShape } from '../../../shared/messages/domain';

type Ring = AreaShape['rings'][number];

/**
 * A ring as a message keeps it: [lon, lat] (altitude dropped), at most RING_POINTS_MAX points
 * (every n-th point of a longer outline, still closed: a public message needs the area, not every
 * bend of it).
 */
export function messageRing(positions: readonly (readonly number[])[]): Ring {
  const points = positions.map((p): [number, number] => [p[0] ?? 0, p[1] ?? 0]);
  if (points.length <= RING_POINTS_MAX) return points;
  const step = Math.ceil(points.length / (RING_POINTS_MAX - 1));
  const kept = points.filter((_, i) => i % step === 0);
  const first = kept[0] ?? [0, 0];
  return [...kept.slice(0, RING_POINTS_MAX - 1), first];
}

/** A map area as the message's area: its title, where it came from, and its outer rings. */
export function shapeOf(feature: Feature): AreaShape | null {
  const g = feature.geometry;
  const outer = g.type === 'Polygon' ? [g.coordinates[0]] : g.type === 'MultiPolygon' ? g.coordinates.map((p) => p[0]) : [];
  const rings = outer.filter((r): r is NonNullable<typeof r> => r !== undefined).map(messageRing);
  return rings.length > 0 ? { title: feature.title, feature: feature.id, rings: rings.slice(0, 20) } : null;
}
