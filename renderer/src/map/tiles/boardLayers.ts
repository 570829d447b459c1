import { SWEREF_TILE_GRID, type AddLayerInput, type Layer } from '../../../../shared/map/layer';
import type { TileLayerInput, TileLayerSpec } from './tileLayerSpec';
import { withSeatToken } from '../../api/token';

/**
 * The board's background layers (map.layers.*) as the map draws them, and the form's input as a
 * layer to add. Pure. Whether a layer is on is each seat's own choice (`hidden`).
 */

export function layerToSpec(layer: Layer, hidden: ReadonlySet<string>): TileLayerSpec {
  const id = String(layer.id);
  const c = layer.config;
  const common = { id, name: c.name, attribution: c.attribution ?? '', key: '', visible: !hidden.has(id), layers: '', matrixSet: '', tileUrl: withSeatToken(layer.tile_url) };
  switch (c.type) {
    case 'xyz':
      return { ...common, kind: 'xyz', url: c.url, grid: '3857' };
    case 'wms':
      return { ...common, kind: 'wms', url: c.url, layers: c.layers, grid: c.crs === 'EPSG:3006' ? '3006' : '3857' };
    case 'wmts':
      return { ...common, kind: 'wmts', url: c.url, layers: c.layer, matrixSet: c.tile_matrix_set, grid: c.crs === 'EPSG:3006' ? '3006' : '3857' };
    case 'mbtiles':
      return { ...common, kind: 'xyz', url: common.tileUrl, grid: '3857' };
  }
}

export function inputToAdd(input: TileLayerInput): AddLayerInput {
  const common = { name: input.name, attribution: input.attribution === '' ? null : input.attribution };
  const crs = input.grid === '3006' ? ('EPSG:3006' as const) : ('EPSG:3857' as const);
  const secret = input.key === '' ? null : { api_key: input.key };
  if (input.kind === 'xyz') return { config: { type: 'xyz', url: input.url, ...common }, secret };
  if (input.kind === 'wms') return { config: { type: 'wms', url: input.url, ...common, layers: input.layers, crs }, secret };
  return {
    config: { type: 'wmts', url: input.url, ...common, layer: input.layers, tile_matrix_set: input.matrixSet, crs, grid: input.grid === '3006' ? SWEREF_TILE_GRID : null },
    secret,
  };
}
