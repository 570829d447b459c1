import type L from 'leaflet';
import { useEffect, useState } from 'react';
import { isRemoved } from '../useLeafletMap';
import { createTileLayer } from './createTileLayer';
import { TILE_FAILURES, type TileFailure } from '../../../../shared/map/layer';
import type { TileGrid, TileLayerSpec } from './tileLayerSpec';

/**
 * How a background layer is doing. A failing layer never takes the map with it: the basemap is
 * drawn below in its own panes whatever the tiles do; the pane shows the layer's notice.
 */
export type LayerStatus =
  | { state: 'loading' | 'ok' | 'hidden' }
  /** Its tiles are in the other grid than the map's now (a SWEREF 99 TM layer is on). */
  | { state: 'other_grid' }
  /** Tiles fail: why, as the board's server says (it fetches them), or no connection to it at all. */
  | { state: 'failing'; reason: TileFailure | 'offline' };

/** The grid the map uses: SWEREF 99 TM as soon as a visible layer needs it. */
export function activeGrid(layers: readonly TileLayerSpec[]): TileGrid {
  return layers.some((l) => l.visible && l.grid === '3006') ? '3006' : '3857';
}

/**
 * Why a tile failed: an image's error says nothing, so the same address is asked once more and
 * the board's server's answer read (its body is the reason's code).
 */
export async function tileFailure(src: string): Promise<TileFailure | 'offline' | null> {
  if (!navigator.onLine) return 'offline';
  try {
    const res = await fetch(src, { cache: 'no-store' });
    if (res.ok) return null; // it came this time
    const code = (await res.text()).trim();
    return TILE_FAILURES.find((f) => f === code) ?? 'unreachable';
  } catch {
    return 'offline';
  }
}

/** Puts the visible layers of the map's grid on the map and follows each one's tiles. */
export function useBackgroundLayers(map: L.Map | null, layers: readonly TileLayerSpec[], grid: TileGrid): Record<string, LayerStatus> {
  const [status, setStatus] = useState<Record<string, LayerStatus>>({});

  useEffect(() => {
    const initial: Record<string, LayerStatus> = {};
    for (const spec of layers) initial[spec.id] = !spec.visible ? { state: 'hidden' } : spec.grid !== grid ? { state: 'other_grid' } : { state: 'loading' };
    setStatus(initial);
    if (!map || isRemoved(map)) return;
    let live = true;
    const set = (id: string, s: LayerStatus) => {
      if (live) setStatus((now) => (JSON.stringify(now[id]) === JSON.stringify(s) ? now : { ...now, [id]: s }));
    };
    const shown = layers.filter((spec) => spec.visible && spec.grid === grid);

    const added = shown.map((spec, i) => {
      const layer = createTileLayer(spec);
      layer.setZIndex(i + 1);
      let loaded = 0;
      let asked = false;
      layer.on('tileload', () => {
        loaded += 1;
        set(spec.id, { state: 'ok' });
      });
      layer.on('tileerror', (e: L.TileErrorEvent) => {
        // Some tiles come: the layer works where it has data. Otherwise ask why, once.
        if (loaded > 0 || asked) return;
        asked = true;
        void tileFailure(e.tile.src).then((reason) => {
          if (reason !== null && loaded === 0) set(spec.id, { state: 'failing', reason });
          else asked = false;
        });
      });
      layer.addTo(map);
      return layer;
    });
    return () => {
      live = false;
      for (const layer of added) layer.remove();
    };
  }, [map, layers, grid]);

  return status;
}
