import { describe, expect, it } from 'vitest';
import { Geometry } from '../../shared/map/geometry';
import { addVertex, roundedPosition, sketchGeometry } from '../../renderer/src/map/features/sketch';

// Drawing a line or an area by keyboard: vertices set one by one at the map's centre.

describe('a keyboard sketch', () => {
  it('needs two vertices for a line and three corners for an area', () => {
    const a = roundedPosition(14.8059, 56.8777);
    const b = roundedPosition(14.81, 56.88);
    const c = roundedPosition(14.82, 56.87);
    expect(sketchGeometry('line', [a])).toBeNull();
    expect(sketchGeometry('line', [a, b])).toEqual({ type: 'LineString', coordinates: [a, b] });
    expect(sketchGeometry('area', [a, b])).toBeNull();
    const area = sketchGeometry('area', [a, b, c]);
    // Closed on its first corner, as RFC 7946 asks, and a geometry the contract takes.
    expect(area).toEqual({ type: 'Polygon', coordinates: [[a, b, c, a]] });
    expect(Geometry.safeParse(area).success).toBe(true);
    expect(Geometry.safeParse(sketchGeometry('line', [a, b])).success).toBe(true);
  });

  it('does not set the same vertex twice when the map was not moved in between', () => {
    const a = roundedPosition(14.8, 56.8);
    expect(addVertex([a], roundedPosition(14.8, 56.8))).toEqual([a]);
    expect(addVertex([a], roundedPosition(14.80001, 56.8))).toHaveLength(2);
  });

  it('rounds a vertex to six decimals', () => {
    expect(roundedPosition(14.123456789, 56.987654321)).toEqual([14.123457, 56.987654]);
  });
});
