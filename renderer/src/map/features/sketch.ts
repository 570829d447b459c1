import type { Geometry, Position } from '../../../../shared/map/geometry';

/**
 * A line or an area put together vertex by vertex (from the keyboard, at the map's centre): what
 * it needs to be finished, and the geometry it then is. Pure.
 */
export type SketchShape = 'line' | 'area';

/** Vertices a shape needs: two for a line, three corners for an area. */
export const SKETCH_MIN: Readonly<Record<SketchShape, number>> = { line: 2, area: 3 };

/** A position to six decimals (about 0.1 m): what a drawn point is stored with. */
export function roundedPosition(lng: number, lat: number): Position {
  return [Number(lng.toFixed(6)), Number(lat.toFixed(6))];
}

/** Adds a vertex, unless it is where the last one is already (a key pressed twice without moving). */
export function addVertex(vertices: readonly Position[], at: Position): Position[] {
  const last = vertices[vertices.length - 1];
  if (last && last[0] === at[0] && last[1] === at[1]) return [...vertices];
  return [...vertices, at];
}

/** The finished geometry, or null while there are too few vertices. */
export function sketchGeometry(shape: SketchShape, vertices: readonly Position[]): Geometry | null {
  if (vertices.length < SKETCH_MIN[shape]) return null;
  if (shape === 'line') return { type: 'LineString', coordinates: [...vertices] };
  const first = vertices[0];
  if (!first) return null;
  return { type: 'Polygon', coordinates: [[...vertices, first]] };
}
