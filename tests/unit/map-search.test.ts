import { describe, expect, it } from 'vitest';
import { KOMMUNER } from '../../shared/kommuner';
import { parseCoordinateQuery } from '../../renderer/src/map/coordinateQuery';
import { searchNames } from '../../renderer/src/map/nameSearch';
import type { Place } from '../../renderer/src/map/places';
import { sweref99tmToWgs84, wgs84ToSweref99tm } from '../../renderer/src/map/sweref';

// The map's search box: coordinates in WGS84 or SWEREF 99 TM, else place and kommun names.

describe('parseCoordinateQuery', () => {
  it.each([
    ['59.3293, 18.0686', 59.3293, 18.0686],
    ['59.3293 18.0686', 59.3293, 18.0686],
    ['59,3293 18,0686', 59.3293, 18.0686],
    ['59,3293; 18,0686', 59.3293, 18.0686],
    ['N 59.3293 E 18.0686', 59.3293, 18.0686],
    ['59.3293° N 18.0686° Ö', 59.3293, 18.0686],
    ['E 18.0686 N 59.3293', 59.3293, 18.0686],
    ['59°19\'45"N 18°04\'07"E', 59 + 19 / 60 + 45 / 3600, 18 + 4 / 60 + 7 / 3600],
    ['59 19.75 18 4.1167', 59 + 19.75 / 60, 18 + 4.1167 / 60],
    ['33.9 S 18.4 E', -33.9, 18.4],
  ])('reads %s as WGS84', (text, lat, lng) => {
    const q = parseCoordinateQuery(text);
    expect(q?.kind).toBe('wgs84');
    if (q?.kind !== 'wgs84') return;
    expect(q.lat).toBeCloseTo(lat, 5);
    expect(q.lng).toBeCloseTo(lng, 5);
  });

  it.each([
    ['N 6580822 E 674032', 6580822, 674032],
    ['6580822 674032', 6580822, 674032],
    ['674032, 6580822', 6580822, 674032],
    ['6580822.5 674032.25', 6580822.5, 674032.25],
  ])('reads %s as SWEREF 99 TM', (text, northing, easting) => {
    expect(parseCoordinateQuery(text)).toEqual({ kind: 'sweref99tm', northing, easting });
  });

  it.each(['Kiruna', '', '   ', '59', '59,18', '91 18', '59 181', '59 60 18', '59 70 0 18 0 0', '1234567 123', '<script>', '59.3 18.0 N 12', '9999999 674032'])(
    'is not a position: %j',
    (text) => {
      expect(parseCoordinateQuery(text)).toBeNull();
    },
  );
});

describe('SWEREF 99 TM', () => {
  // Lantmäteriet's published check point for SWEREF 99 TM (EPSG:3006): the origin of zone 33's
  // central meridian, 15° E, maps to E 500 000; and a point and its conversion back agree.
  it('puts the central meridian at E 500 000 and goes there and back', () => {
    expect(wgs84ToSweref99tm(62, 15).easting).toBeCloseTo(500000, 3);
    const back = sweref99tmToWgs84(6580822, 674032);
    const again = wgs84ToSweref99tm(back.lat, back.lng);
    expect(again.northing).toBeCloseTo(6580822, 3);
    expect(again.easting).toBeCloseTo(674032, 3);
    expect(back.lat).toBeCloseTo(59.33, 1);
    expect(back.lng).toBeCloseTo(18.06, 1);
  });
});

describe('searchNames', () => {
  const places: Place[] = [
    { name: 'Kiruna', lat: 67.86, lng: 20.23, kommun: '2584', rank: 1 },
    { name: 'Kirunavaara', lat: 67.83, lng: 20.2, kommun: '2584', rank: 2 },
    { name: 'Ystad', lat: 55.43, lng: 13.82, kommun: '1286', rank: 1 },
  ];

  it('puts exact names first, the kommun before the place of the same name, then prefixes', () => {
    const hits = searchNames('kiruna', KOMMUNER, places);
    expect(hits.map((h) => (h.kind === 'kommun' ? `k:${h.kommun.name}` : `p:${h.place.name}`))).toEqual(['k:Kiruna', 'p:Kiruna', 'p:Kirunavaara']);
  });

  it('keeps å, ä and ö apart from a and o, and finds nothing for nothing', () => {
    expect(searchNames('Vaxjo', KOMMUNER, places)).toEqual([]);
    expect(searchNames('växjö', KOMMUNER, places).map((h) => h.kind)).toEqual(['kommun']);
    expect(searchNames('  ', KOMMUNER, places)).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(searchNames('a', KOMMUNER, places, 5)).toHaveLength(5);
  });
});
