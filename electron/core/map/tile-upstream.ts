import type { LayerConfig, LayerSecret, TileGrid } from '../../../shared/map/layer.js';
import { SWEREF_TILE_GRID } from '../../../shared/map/layer.js';

/**
 * The upstream address of one tile of a background layer (XYZ, WMS, WMTS), built on the server
 * from the layer's stored configuration and secret: the renderer only ever asks /tiles/<id>/z/x/y
 * of its own origin, so the page's policy stays `img-src 'self'` and the key never reaches a seat.
 * Pure. The address carries the key: it is never logged, printed or returned to a caller.
 */

type ServiceConfig = Exclude<LayerConfig, { type: 'mbtiles' }>;

/** Web Mercator's half width in metres (EPSG:3857). */
const MERCATOR_HALF = 20037508.342789244;

/** The tile numbers a grid can have at z (a Web Mercator grid exactly; others bounded generously). */
function inGrid(z: number, x: number, y: number, crs: 'EPSG:3857' | 'EPSG:3006'): boolean {
  if (!Number.isInteger(z) || !Number.isInteger(x) || !Number.isInteger(y) || z < 0 || z > 30 || x < 0 || y < 0) return false;
  // SWEREF 99 TM grids start at a few tiles across at level 0 (Lantmäteriet's: 4): 2^(z+3) bounds them.
  const max = crs === 'EPSG:3857' ? 2 ** z : 2 ** (z + 3);
  return x < max && y < max;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z_-]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** [min x, min y, max x, max y] of a tile in the layer's CRS, or null beyond its grid's levels. */
function tileBounds(z: number, x: number, y: number, crs: 'EPSG:3857' | 'EPSG:3006', grid: TileGrid | null): [number, number, number, number] | null {
  if (crs === 'EPSG:3857') {
    const size = (2 * MERCATOR_HALF) / 2 ** z;
    return [-MERCATOR_HALF + x * size, MERCATOR_HALF - (y + 1) * size, -MERCATOR_HALF + (x + 1) * size, MERCATOR_HALF - y * size];
  }
  const g = grid ?? SWEREF_TILE_GRID;
  const resolution = g.resolutions[z];
  if (resolution === undefined) return null;
  const size = resolution * g.tile_size;
  const [ox, oy] = g.origin;
  return [ox + x * size, oy - (y + 1) * size, ox + (x + 1) * size, oy - y * size];
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

/** The tile's upstream URL, or null: not a tile this layer has. */
export function upstreamTileUrl(config: ServiceConfig, secret: LayerSecret | null, z: number, x: number, y: number): string | null {
  const crs = config.type === 'xyz' ? 'EPSG:3857' : config.crs;
  if (!inGrid(z, x, y, crs)) return null;
  const key = encodeURIComponent(secret?.api_key ?? '');
  const template = config.url.replaceAll('{api_key}', key);
  switch (config.type) {
    case 'xyz':
      return fill(template, { z: String(z), x: String(x), y: String(y), '-y': String(2 ** z - 1 - y), s: 'abc'[(x + y) % 3] ?? 'a' });
    case 'wmts': {
      const numbers = { z: String(z), x: String(x), y: String(y), TileMatrix: String(z), TileCol: String(x), TileRow: String(y) };
      const named = { Layer: config.layer, Style: config.style, TileMatrixSet: config.tile_matrix_set };
      if (/\{(z|TileMatrix)\}/.test(template)) return fill(template, { ...numbers, ...named });
      if (config.grid && config.grid.resolutions[z] === undefined) return null;
      return withQuery(template, {
        SERVICE: 'WMTS',
        REQUEST: 'GetTile',
        VERSION: '1.0.0',
        LAYER: config.layer,
        STYLE: config.style,
        TILEMATRIXSET: config.tile_matrix_set,
        FORMAT: config.format,
        TILEMATRIX: String(z),
        TILEROW: String(y),
        TILECOL: String(x),
      });
    }
    case 'wms': {
      const b = tileBounds(z, x, y, config.crs, null);
      if (!b) return null;
      // WMS 1.3.0 gives a bounding box in the CRS's own axis order: SWEREF 99 TM's is northing first.
      const bbox = config.version === '1.3.0' && config.crs === 'EPSG:3006' ? [b[1], b[0], b[3], b[2]] : b;
      return withQuery(template, {
        SERVICE: 'WMS',
        REQUEST: 'GetMap',
        VERSION: config.version,
        LAYERS: config.layers,
        STYLES: config.styles ?? '',
        FORMAT: config.format,
        TRANSPARENT: config.transparent ? 'TRUE' : 'FALSE',
        WIDTH: '256',
        HEIGHT: '256',
        [config.version === '1.3.0' ? 'CRS' : 'SRS']: config.crs,
        BBOX: bbox.map((n) => String(Math.round(n * 1000) / 1000)).join(','),
      });
    }
  }
}

/** Basic authentication for a service that wants a user name and password (Lantmäteriet's do). */
export function upstreamHeaders(secret: LayerSecret | null): Record<string, string> {
  if (!secret?.username) return {};
  return { Authorization: `Basic ${Buffer.from(`${secret.username}:${secret.password ?? ''}`).toString('base64')}` };
}
