import type { LayerConfig } from '../../../shared/map/layer.js';
import type { BoardSession } from '../boards/session.js';
import { layerRow, layerSecret } from './layer-row.js';
import type { MbtilesTiles } from './mbtiles.js';
import { fetchTile, type ProxyLimits, type TileFetches, type TileAnswer } from './tile-proxy.js';
import { upstreamTileUrl } from './tile-upstream.js';

export type { TileAnswer };

const NOT_FOUND: TileAnswer = { ok: false, status: 404, reason: 'not_found' };

/**
 * One tile of a background layer of the open board, for the static route /tiles/<id>/z/x/y: an
 * mbtiles layer's from its file, any other's fetched from its service with the stored secret.
 */
export async function layerTile(
  session: BoardSession | null,
  sources: { tiles: MbtilesTiles; fetches: TileFetches },
  layerId: number,
  z: number,
  x: number,
  y: number,
  limits?: ProxyLimits,
): Promise<TileAnswer> {
  if (!session) return NOT_FOUND;
  const row = layerRow(session.db, layerId);
  if (!row) return NOT_FOUND;
  const config = JSON.parse(row.config) as LayerConfig;
  if (config.type === 'mbtiles') {
    const tile = sources.tiles.read(config.file, z, x, y);
    // A layer's tiles change when its file or the open board does: revalidated, never kept long.
    return tile ? { ok: true, body: tile.body, type: tile.type, cache: 'no-cache' } : NOT_FOUND;
  }
  const secret = row.has_secret === 1 ? layerSecret(session.db, layerId) : null;
  const url = upstreamTileUrl(config, secret, z, x, y);
  if (url === null) return NOT_FOUND;
  const key = `${layerId}.${row.version}/${z}/${x}/${y}`;
  return sources.fetches.once(key, () => fetchTile(url, secret, limits));
}
