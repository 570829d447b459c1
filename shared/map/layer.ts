import { z } from 'zod';
import { optionalUserText, userText, wellFormedString } from '../domain/text.js';

/**
 * Background map layers (bakgrundskartor), stored in the board: XYZ tiles, WMS, WMTS (including
 * SWEREF 99 TM tile grids such as Lantmäteriet's topographic web map) and MBTiles files on the
 * host. Every layer's tiles are served at /tiles/<id>/<z>/<x>/<y> by the one static file server:
 * an mbtiles layer's from its file, the others fetched by the server from their service (so the
 * page's policy stays `img-src 'self'`).
 *
 * A layer's secret (API key, user name, password) is kept apart from everything else: it is not in
 * the record (the record is an allmän handling and is never deleted: a key once in it could never be
 * taken back), it is never logged or printed, and it never leaves the server: a layer's URL may name
 * `{api_key}`, which the server fills in when it fetches a tile; a user name and password go as
 * HTTP basic authentication.
 */

export const LAYER_TYPES = ['xyz', 'wms', 'wmts', 'mbtiles'] as const;
export const LayerType = z.enum(LAYER_TYPES);
export type LayerType = z.infer<typeof LayerType>;

export const LAYER_NAME_MAX = 200;
export const URL_MAX = 2_000;
export const ATTRIBUTION_MAX = 500;
export const PATH_MAX = 4_096;
export const SECRET_MAX = 500;

export const LayerId = z.number().int().positive();

/** A tile or service URL: http(s) only (no file:, javascript:, data:). */
const ServiceUrl = wellFormedString(URL_MAX).regex(/^https?:\/\/[^\s]+$/i, { message: 'must be an http(s) URL' });

/** The coordinate systems a layer can be in: Web Mercator or SWEREF 99 TM. */
export const LayerCrs = z.enum(['EPSG:3857', 'EPSG:3006']);
export type LayerCrs = z.infer<typeof LayerCrs>;

/**
 * A tile grid in the layer's CRS (needed for EPSG:3006: its WMTS matrix set). Resolutions in
 * metres per pixel per zoom level, largest first; origin the top-left corner [x (easting), y (northing)].
 */
export const TileGrid = z.strictObject({
  resolutions: z.array(z.number().finite().positive()).min(1).max(30),
  origin: z.tuple([z.number().finite(), z.number().finite()]),
  tile_size: z.number().int().min(64).max(1024).default(256),
  /** [min x, min y, max x, max y] in the layer's CRS, if the service says. */
  bounds: z.tuple([z.number().finite(), z.number().finite(), z.number().finite(), z.number().finite()]).nullable().default(null),
});
export type TileGrid = z.infer<typeof TileGrid>;

const common = {
  name: userText(LAYER_NAME_MAX),
  /** Shown on the map whenever the layer is (the licence usually demands it). */
  attribution: optionalUserText(ATTRIBUTION_MAX),
  min_zoom: z.number().int().min(0).max(30).default(0),
  max_zoom: z.number().int().min(0).max(30).default(20),
  opacity: z.number().min(0).max(1).default(1),
};

export const XyzConfig = z.strictObject({ type: z.literal('xyz'), url: ServiceUrl, ...common });
export const WmsConfig = z.strictObject({
  type: z.literal('wms'),
  url: ServiceUrl,
  ...common,
  layers: userText(500),
  styles: optionalUserText(500),
  format: z.enum(['image/png', 'image/jpeg']).default('image/png'),
  transparent: z.boolean().default(true),
  version: z.enum(['1.1.1', '1.3.0']).default('1.3.0'),
  crs: LayerCrs.default('EPSG:3857'),
});
export const WmtsConfig = z
  .strictObject({
    type: z.literal('wmts'),
    /** A REST template ({z} or {TileMatrix}, {x}/{TileCol}, {y}/{TileRow}) or the KVP base URL. */
    url: ServiceUrl,
    ...common,
    layer: userText(500),
    style: userText(200).default('default'),
    tile_matrix_set: userText(200),
    format: z.enum(['image/png', 'image/jpeg']).default('image/png'),
    crs: LayerCrs.default('EPSG:3857'),
    grid: TileGrid.nullable().default(null),
  })
  .refine((c) => c.crs === 'EPSG:3857' || c.grid !== null, { message: 'an EPSG:3006 layer needs its tile grid', path: ['grid'] });
export const MbtilesConfig = z.strictObject({
  type: z.literal('mbtiles'),
  /** An MBTiles file on the host (checked when added: readable, raster tiles). */
  file: wellFormedString(PATH_MAX).min(1),
  ...common,
});

export const LayerConfig = z.discriminatedUnion('type', [XyzConfig, WmsConfig, WmtsConfig, MbtilesConfig]);
export type LayerConfig = z.infer<typeof LayerConfig>;

/** What a layer's service needs to let us in; never in the record, never to a wall seat. */
export const LayerSecret = z.strictObject({
  api_key: optionalUserText(SECRET_MAX),
  username: optionalUserText(SECRET_MAX),
  password: optionalUserText(SECRET_MAX),
});
export type LayerSecret = z.infer<typeof LayerSecret>;

/** A layer as a seat sees it: whether it has a secret, never the secret itself. */
export const Layer = z.object({
  id: LayerId,
  version: z.number().int().positive(),
  config: LayerConfig,
  has_secret: z.boolean(),
  /** Where the board's own server serves its tiles ("/tiles/3/{z}/{x}/{y}"), whatever its type. */
  tile_url: z.string(),
  changed_by: z.string(),
  changed_at: z.string(),
});
export type Layer = z.infer<typeof Layer>;

export const AddLayerInput = z.strictObject({
  config: LayerConfig,
  secret: LayerSecret.nullish().transform((s) => s ?? null),
});
export type AddLayerInput = z.input<typeof AddLayerInput>;

export const ChangeLayerInput = z.strictObject({
  id: LayerId,
  version: z.number().int().positive(),
  /** The whole new configuration (its type may not change: remove and add instead). */
  config: LayerConfig.optional(),
  /** Left out: kept; null: removed; given: replaced. */
  secret: LayerSecret.nullable().optional(),
});
export type ChangeLayerInput = z.input<typeof ChangeLayerInput>;

export const RemoveLayerInput = z.strictObject({ id: LayerId, version: z.number().int().positive() });

/**
 * Lantmäteriet's tile matrix set "3006" for SWEREF 99 TM: 4096 m per pixel at level 0, halving per
 * level, origin the grid's top-left corner. The grid a SWEREF 99 TM WMS layer's tiles are cut in,
 * and what the map uses when a SWEREF 99 TM layer is on.
 */
export const SWEREF_TILE_GRID: TileGrid = {
  resolutions: Array.from({ length: 16 }, (_, z) => 4096 / 2 ** z),
  origin: [-1200000, 8500000],
  tile_size: 256,
  bounds: null,
};

/**
 * Why a background layer's tiles could not be had, as the tile route answers (its body is the code
 * alone): the service could not be reached, took too long, refused the key, answered with an error,
 * sent something that is not a raster image, or too much of it.
 */
export const TILE_FAILURES = ['unreachable', 'timeout', 'refused', 'upstream_error', 'not_image', 'too_large'] as const;
export type TileFailure = (typeof TILE_FAILURES)[number];

/** The path the static file server serves a layer's tiles at (Leaflet's template). */
export const TILES_PREFIX = '/tiles/';
export function tileUrlTemplate(layerId: number): string {
  return `${TILES_PREFIX}${layerId}/{z}/{x}/{y}`;
}
