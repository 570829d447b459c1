import { describe, expect, it } from 'vitest';
import { KOMMUNER } from '../../shared/kommuner';
import { parseCoordinateQuery } from '../../renderer/src/map/coordinateQuery';
import { searchNames } from '../../renderer/src/map/nameSearch';
import type { Place } from '../../renderer/src/map/places';


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
