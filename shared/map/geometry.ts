import { z } from 'zod';

/**
 * RFC 7946 GeoJSON geometries in WGS84 (longitude, latitude[, altitude]), the ones a feature can
 * have: a point is a Point, a line a LineString or MultiLineString, an area a Polygon or
 * MultiPolygon. Longitude first, as RFC 7946 §3.1.1 says; coordinates bounded to the world.
 */

/** Positions in one feature's geometry, at most: a drawn or imported outline, not a whole coastline. */
export const POSITIONS_MAX = 50_000;

export const Position = z.union([
  z.tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90)]),
  z.tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90), z.number().finite()]),
]);
export type Position = z.infer<typeof Position>;

const samePosition = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** A line: two or more positions (RFC 7946 §3.1.4). */
const LinePositions = z.array(Position).min(2);
/** A linear ring: closed (first = last) with four or more positions (RFC 7946 §3.1.6). */
const Ring = z
  .array(Position)
  .min(4)
  .refine((ring) => samePosition(ring[0], ring[ring.length - 1]), { message: 'ring is not closed (first and last positions differ)' });
const PolygonRings = z.array(Ring).min(1);

export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
export const LineStringGeometry = z.strictObject({ type: z.literal('LineString'), coordinates: LinePositions });
export const MultiLineStringGeometry = z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(LinePositions).min(1) });
export const PolygonGeometry = z.strictObject({ type: z.literal('Polygon'), coordinates: PolygonRings });
export const MultiPolygonGeometry = z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(PolygonRings).min(1) });

export const GEOMETRY_TYPES = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
export type GeometryType = (typeof GEOMETRY_TYPES)[number];

/** How many positions a geometry holds (the size cap is counted in positions). */
export function positionCount(g: { type: GeometryType; coordinates: unknown }): number {
  const count = (c: unknown): number => (Array.isArray(c) && typeof c[0] === 'number' ? 1 : Array.isArray(c) ? c.reduce<number>((n, x) => n + count(x), 0) : 0);
  return count(g.coordinates);
}

export const Geometry = z
  .discriminatedUnion('type', [PointGeometry, LineStringGeometry, MultiLineStringGeometry, PolygonGeometry, MultiPolygonGeometry])
  .refine((g) => positionCount(g) <= POSITIONS_MAX, { message: `more than ${POSITIONS_MAX} positions` });
export type Geometry = z.infer<typeof Geometry>;

export const FEATURE_KINDS = ['point', 'line', 'area'] as const;
export const FeatureKind = z.enum(FEATURE_KINDS);
export type FeatureKind = z.infer<typeof FeatureKind>;

/** The kind a geometry type makes. */
export const KIND_OF_GEOMETRY: Readonly<Record<GeometryType, FeatureKind>> = {
  Point: 'point',
  LineString: 'line',
  MultiLineString: 'line',
  Polygon: 'area',
  MultiPolygon: 'area',
};
