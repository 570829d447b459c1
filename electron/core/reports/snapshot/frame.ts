import { sweref99ToWgs84, wgs84ToSweref99 } from '../../../../shared/map/coords.js';

/** [longitude, latitude] in WGS84, GeoJSON order. */
export type LonLat = readonly [number, number];
/** A position on the picture, in SVG user units (y down). */
export type Px = readonly [number, number];

/**
 * The picture's frame: a rectangle of SWEREF 99 TM (the national grid, so distances and shapes
 * read true across a kommun) scaled to a fixed width in SVG units.
 */
export interface Frame {
  width: number;
  height: number;
  /** Ground metres per SVG unit: what the scale bar is drawn from. */
  metresPerUnit: number;
  toPx(p: LonLat): Px;
  /** What the frame shows, WGS84 [west, south, east, north]. */
  bbox: [number, number, number, number];
  /** How far grid north turns from true north at the frame's centre, in degrees (meridian convergence). */
  convergence: number;
}

/** A picture no narrower than this on the ground (a lone point still shows its surroundings). */
const MIN_EXTENT_M = 3_000;
/** Height over width, within these: a tall kommun gets its neighbours beside it and still leaves room on the A4 page. */
const ASPECT_MIN = 0.55;
const ASPECT_MAX = 0.8;
const MARGIN = 0.06;

const round = (n: number): number => Math.round(n * 1e5) / 1e5;

/** The frame around these positions (the kommun's boundary and the board's features), or null when there are none. */
export function fitFrame(positions: Iterable<LonLat>, width: number): Frame | null {
  let minE = Infinity;
  let minN = Infinity;
  let maxE = -Infinity;
  let maxN = -Infinity;
  for (const p of positions) {
    const { e, n } = wgs84ToSweref99({ lon: p[0], lat: p[1] });
    if (!Number.isFinite(e) || !Number.isFinite(n)) continue;
    minE = Math.min(minE, e);
    maxE = Math.max(maxE, e);
    minN = Math.min(minN, n);
    maxN = Math.max(maxN, n);
  }
  if (minE > maxE) return null;
  let w = Math.max(maxE - minE, MIN_EXTENT_M) * (1 + 2 * MARGIN);
  let h = Math.max(maxN - minN, MIN_EXTENT_M) * (1 + 2 * MARGIN);
  const aspect = Math.min(ASPECT_MAX, Math.max(ASPECT_MIN, h / w));
  if (h / w > aspect) w = h / aspect;
  else h = w * aspect;
  const cE = (minE + maxE) / 2;
  const cN = (minN + maxN) / 2;
  const left = cE - w / 2;
  const top = cN + h / 2;
  const metresPerUnit = w / width;
  const corners = [
    sweref99ToWgs84({ e: left, n: top }),
    sweref99ToWgs84({ e: left + w, n: top }),
    sweref99ToWgs84({ e: left, n: top - h }),
    sweref99ToWgs84({ e: left + w, n: top - h }),
  ];
  const centre = sweref99ToWgs84({ e: cE, n: cN });
  const north = wgs84ToSweref99({ lon: centre.lon, lat: centre.lat + 0.05 });
  return {
    width,
    height: Math.round(h / metresPerUnit),
    metresPerUnit,
    toPx(p) {
      const { e, n } = wgs84ToSweref99({ lon: p[0], lat: p[1] });
      return [(e - left) / metresPerUnit, (top - n) / metresPerUnit];
    },
    bbox: [round(Math.min(...corners.map((c) => c.lon))), round(Math.min(...corners.map((c) => c.lat))), round(Math.max(...corners.map((c) => c.lon))), round(Math.max(...corners.map((c) => c.lat)))],
    convergence: (Math.atan2(north.e - cE, north.n - cN) * 180) / Math.PI,
  };
}

/** Vertices of one ring or line, at most: an imported coastline is drawn coarser, never unbounded. */
export const VERTICES_MAX = 2_000;

/**
 * A ring or line as SVG path data: projected, vertices closer than `tolerance` units to the last
 * one kept left out (invisible at print size), then thinned evenly to at most VERTICES_MAX.
 */
export function pathData(positions: readonly LonLat[], frame: Frame, close: boolean, tolerance = 0.8): string {
  const kept: Px[] = [];
  for (const p of positions) {
    const px = frame.toPx(p);
    if (!Number.isFinite(px[0]) || !Number.isFinite(px[1])) continue;
    const last = kept[kept.length - 1];
    if (last && Math.abs(px[0] - last[0]) < tolerance && Math.abs(px[1] - last[1]) < tolerance) continue;
    kept.push(px);
  }
  if (kept.length < 2) return '';
  const stride = Math.ceil(kept.length / VERTICES_MAX);
  const thinned = stride > 1 ? kept.filter((_, i) => i % stride === 0 || i === kept.length - 1) : kept;
  const d = thinned.map((p, i) => `${i === 0 ? 'M' : 'L'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`).join('');
  return close ? `${d}Z` : d;
}

/** Whether two WGS84 boxes [w, s, e, n] overlap. */
export function boxesMeet(a: readonly number[], b: readonly number[]): boolean {
  return (a[0] ?? 0) <= (b[2] ?? 0) && (b[0] ?? 0) <= (a[2] ?? 0) && (a[1] ?? 0) <= (b[3] ?? 0) && (b[1] ?? 0) <= (a[3] ?? 0);
}
