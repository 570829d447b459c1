import type { LayerConfig } from '../../../shared/map/layer.js';
import type { BoardSession } from '../boards/session.js';
import { layerRow } from './layer-row.js';
import type { MbtilesTiles, Tile } from './mbtiles.js';

/** One tile of an mbtiles layer of the open board, or null (no board, no such layer or tile). */
export function layerTile(session: BoardSession | null, tiles: MbtilesTiles, layerId: number, z: number, x: number, y: number): Tile | null {
  if (!session) return null;
  const row = layerRow(session.db, layerId);
  if (row?.type !== 'mbtiles') return null;
  const config = JSON.parse(row.config) as LayerConfig;
  return config.type === 'mbtiles' ? tiles.read(config.file, z, x, y) : null;
}
