/**
 * A background map a seat adds by URL: XYZ tiles, a WMS, or WMTS tiles (Web Mercator or the
 * SWEREF 99 TM grid Lantmäteriet serves). Pure: the form and its tests check input here.
 */
export const TILE_KINDS = ['xyz', 'wms', 'wmts'] as const;
export type TileKind = (typeof TILE_KINDS)[number];

/** The tile grid: Web Mercator (EPSG:3857, most services) or SWEREF 99 TM (EPSG:3006). */
export const TILE_GRIDS = ['3857', '3006'] as const;
export type TileGrid = (typeof TILE_GRIDS)[number];

export interface TileLayerSpec {
  id: string;
  name: string;
  kind: TileKind;
  /** XYZ/WMTS: a template with {z} {x} {y} (and {api_key} for the key); WMS and WMTS KVP: the base URL. */
  url: string;
  /** WMS: the layer names, comma separated; WMTS: the layer. */
  layers: string;
  /** WMTS: the tile matrix set (e.g. "3006"). */
  matrixSet: string;
  grid: TileGrid;
  attribution: string;
  /** The form's API key, put in place of {api_key} by the server; kept out of the record, never shown nor sent back (a board's layer has ''). */
  key: string;
  visible: boolean;
  /** Where the board's own server serves the layer's tiles (it fetches them from the service with the key). */
  tileUrl: string;
}

export type TileLayerInput = Omit<TileLayerSpec, 'id' | 'visible' | 'tileUrl'>;

/** Where a layer's URL takes the key (the board's layer contract names it so). */
export const KEY_PLACEHOLDER = '{api_key}';

export const NAME_MAX = 80;
export const URL_MAX = 2000;
export const ATTRIBUTION_MAX = 200;
export const KEY_MAX = 200;

/** Which field is wrong and why (a locale key under tiles.error). */
export type TileLayerError = { field: keyof TileLayerInput; error: 'required' | 'too_long' | 'not_http' | 'placeholders' | 'control' };

// Control characters (tabs and newlines included) and lone surrogates have no place in a name,
// URL or key. Written as Unicode categories: Cc (controls) and Cs (surrogates).
const CONTROL = /[\p{Cc}\p{Cs}]/u;

export function validateTileLayer(input: TileLayerInput): TileLayerError[] {
  const errors: TileLayerError[] = [];
  const check = (field: keyof TileLayerInput, value: string, max: number, required: boolean) => {
    if (required && value.trim() === '') errors.push({ field, error: 'required' });
    else if (value.length > max) errors.push({ field, error: 'too_long' });
    else if (CONTROL.test(value)) errors.push({ field, error: 'control' });
  };
  check('name', input.name, NAME_MAX, true);
  check('url', input.url, URL_MAX, true);
  check('layers', input.layers, URL_MAX, input.kind !== 'xyz');
  check('matrixSet', input.matrixSet, NAME_MAX, input.kind === 'wmts');
  check('attribution', input.attribution, ATTRIBUTION_MAX, false);
  check('key', input.key, KEY_MAX, false);
  if (!errors.some((e) => e.field === 'url')) {
    let url: URL | null;
    try {
      url = new URL(input.url.trim().replaceAll('{', '%7B').replaceAll('}', '%7D'), 'http://relative.invalid/');
    } catch {
      url = null;
    }
    const absolute = /^https?:\/\/\S+$/i.test(input.url.trim());
    if (!url || !absolute || (url.protocol !== 'http:' && url.protocol !== 'https:')) errors.push({ field: 'url', error: 'not_http' });
    else if (input.kind === 'xyz' && !['{z}', '{x}', '{y}'].every((p) => input.url.includes(p))) errors.push({ field: 'url', error: 'placeholders' });
  }
  return errors;
}

/** A URL safe to show: the key and anything after ? left out (keys often travel in the query). */
export function shownUrl(url: string): string {
  const base = url.split('?')[0] ?? url;
  return base.replaceAll(KEY_PLACEHOLDER, '…');
}
