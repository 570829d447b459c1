import proj4 from 'proj4';

/**
 * WGS84 (EPSG:4326, degrees) ⇄ SWEREF 99 TM (EPSG:3006, metres), the national grid Swedish
 * authorities and Lantmäteriet's maps use. SWEREF 99 is tied to ETRS89, which for a map's purposes
 * equals WGS84 (they differ by well under a metre), so this is one Transverse Mercator projection:
 * GRS80, central meridian 15° E, scale 0.9996, false easting 500 000 m (EPSG:3006's definition).
 */
export const SWEREF99TM = 'EPSG:3006';
export const SWEREF99TM_PROJ = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';

proj4.defs(SWEREF99TM, SWEREF99TM_PROJ);
const converter = proj4('EPSG:4326', SWEREF99TM);

/** A point in SWEREF 99 TM: northing (N) and easting (E) in metres, as Swedish maps write them. */
export interface Sweref99 {
  n: number;
  e: number;
}

/** A point in WGS84 degrees. */
export interface Wgs84 {
  lat: number;
  lon: number;
}

export function wgs84ToSweref99(p: Wgs84): Sweref99 {
  const [e, n] = converter.forward([p.lon, p.lat]);
  return { n: n ?? Number.NaN, e: e ?? Number.NaN };
}

export function sweref99ToWgs84(p: Sweref99): Wgs84 {
  const [lon, lat] = converter.inverse([p.e, p.n]);
  return { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN };
}

/**
 * SWEREF 99 TM's area of use (EPSG:3006: Sweden, onshore and offshore), in metres, a little
 * widened: a point outside is not a Swedish coordinate, so a search box can tell N/E from lat/lon.
 */
export const SWEREF99TM_BOUNDS = { minE: 180_000, maxE: 1_000_000, minN: 6_100_000, maxN: 7_700_000 } as const;

export function isInSweref99Bounds(p: Sweref99): boolean {
  const b = SWEREF99TM_BOUNDS;
  return p.e >= b.minE && p.e <= b.maxE && p.n >= b.minN && p.n <= b.maxN;
}
