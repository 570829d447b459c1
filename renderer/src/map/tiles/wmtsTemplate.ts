import type { TileLayerSpec } from './tileLayerSpec';

/**
 * A WMTS layer as a Leaflet template: a REST template's {TileMatrix}/{TileCol}/{TileRow} become
 * {z}/{x}/{y}; a KVP base URL gets its GetTile query.
 */
export function wmtsTemplate(url: string, spec: Pick<TileLayerSpec, 'layers' | 'matrixSet'>): string {
  const rest = url.replaceAll('{TileMatrix}', '{z}').replaceAll('{TileCol}', '{x}').replaceAll('{TileRow}', '{y}');
  if (rest.includes('{z}')) return rest;
  const query = new URLSearchParams({ SERVICE: 'WMTS', REQUEST: 'GetTile', VERSION: '1.0.0', LAYER: spec.layers, STYLE: 'default', TILEMATRIXSET: spec.matrixSet, FORMAT: 'image/png' });
  const sep = rest.includes('?') ? '&' : '?';
  return `${rest}${sep}${query.toString()}&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}`;
}
