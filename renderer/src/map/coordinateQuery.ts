import { isInSweref99Bounds } from '../../../shared/map/coords';

/**
 * What a search box text means when it is a position: WGS84 degrees (decimal, degrees and
 * minutes, or degrees minutes seconds; N/S/E/W and Swedish Ö/V; a decimal comma is fine) or
 * SWEREF 99 TM metres (northing and easting in either order, told apart by their size). Pure:
 * the search box and its tests use it alike. Anything else is not a position (null), and the box
 * searches place and kommun names instead.
 */
export type CoordinateQuery = { kind: 'wgs84'; lat: number; lng: number } | { kind: 'sweref99tm'; northing: number; easting: number };

const NUMBER = /[-+]?\d+(?:[.,]\d+)?/g;


function num(token: string): number {
  return Number(token.replace(',', '.'));
}

/** Degrees from 1–3 parts (d, d m, d m s); null when minutes or seconds are out of range. */
function degrees(parts: number[]): number | null {
  const [d, m = 0, s = 0] = parts;
  if (d === undefined || m < 0 || m >= 60 || s < 0 || s >= 60) return null;
  const sign = d < 0 || Object.is(d, -0) ? -1 : 1;
  return sign * (Math.abs(d) + m / 60 + s / 3600);
}

export function parseCoordinateQuery(text: string): CoordinateQuery | null {
  const trimmed = text.trim();
  // Only digits, signs, separators, degree marks and hemisphere letters may appear.
  if (trimmed === '' || !/^[\d\s.,;:°º'′"″+\-NSEWÖVnsewöv]+$/.test(trimmed)) return null;
  const tokens = trimmed.match(NUMBER) ?? [];
  const values = tokens.map(num);
  if (values.some((v) => !Number.isFinite(v))) return null;

  const upper = trimmed.toUpperCase();
  const latLetter = upper.search(/[NS]/);
  const lngLetter = upper.search(/[EWÖV]/);
  const swapped = latLetter >= 0 && lngLetter >= 0 && lngLetter < latLetter;

  if (values.length === 2 && values.every((v) => Math.abs(v) >= 1000)) {
    const [a, b] = values as [number, number];
    const [northing, easting] = a > b ? [a, b] : [b, a];
    if (!isInSweref99Bounds({ n: northing, e: easting })) return null;
    return { kind: 'sweref99tm', northing, easting };
  }

  if (values.length % 2 !== 0 || values.length < 2 || values.length > 6) return null;
  const half = values.length / 2;
  let lat = degrees(values.slice(0, half));
  let lng = degrees(values.slice(half));
  if (lat === null || lng === null) return null;
  if (swapped) [lat, lng] = [lng, lat];
  if (/S/.test(upper)) lat = -Math.abs(lat);
  if (/[WV]/.test(upper)) lng = -Math.abs(lng);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { kind: 'wgs84', lat, lng };
}
