import { describe, expect, it } from 'vitest';
import { isInSweref99Bounds, sweref99ToWgs84, wgs84ToSweref99 } from '../../shared/map/coords.js';

/**
 * Lantmäteriet's published control points for SWEREF 99 TM (EPSG:3006): geodetic latitude and
 * longitude in SWEREF 99 (= WGS84 for a map) and the grid coordinates N, E in metres to the mm.
 * Source: Lantmäteriet, geodesy formula collection, "Kontrollpunkter för SWEREF 99 TM"
 * (lantmateriet.se, Geodesi → Formelsamling); the same six points are used as test values by the
 * open implementations of Lantmäteriet's Gauss–Krüger formulas.
 */
const CONTROL_POINTS: { lat: number; lon: number; n: number; e: number }[] = [
  { lat: 55, lon: 12.75, n: 6_097_106.672, e: 356_083.438 },
  { lat: 55, lon: 14.25, n: 6_095_048.642, e: 452_024.069 },
  { lat: 57, lon: 12.75, n: 6_319_636.937, e: 363_331.554 },
  { lat: 57, lon: 19.5, n: 6_326_392.707, e: 773_251.054 },
  { lat: 59, lon: 11.25, n: 6_546_096.724, e: 284_626.066 },
  { lat: 59, lon: 19.5, n: 6_548_757.206, e: 758_410.519 },
];

describe('WGS84 ⇄ SWEREF 99 TM', () => {
  it.each(CONTROL_POINTS)('projects $lat° N $lon° E to N $n, E $e within a millimetre', ({ lat, lon, n, e }) => {
    const grid = wgs84ToSweref99({ lat, lon });
    expect(Math.abs(grid.n - n)).toBeLessThan(0.001);
    expect(Math.abs(grid.e - e)).toBeLessThan(0.001);
  });

  it.each(CONTROL_POINTS)('and back from N $n, E $e to within 1e-7 degrees (about a centimetre)', ({ lat, lon, n, e }) => {
    const geo = sweref99ToWgs84({ n, e });
    expect(Math.abs(geo.lat - lat)).toBeLessThan(1e-7);
    expect(Math.abs(geo.lon - lon)).toBeLessThan(1e-7);
  });

  it('tells a Swedish grid coordinate from something else', () => {
    expect(isInSweref99Bounds({ n: 6_580_822, e: 674_032 })).toBe(true);
    // Degrees typed into the grid field are not a place in Sweden.
    expect(isInSweref99Bounds({ n: 59.33, e: 18.06 })).toBe(false);
  });
});
