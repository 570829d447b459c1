import type L from 'leaflet';
import { useEffect, useState } from 'react';
import { isRemoved } from '../useLeafletMap';
import { createTileLayer } from './createTileLayer';
import { withKey, type TileGrid, type TileLayerSpec } from './tileLayerSpec';

/**
 * How a background layer is doing. A failing layer never takes the map with it: the basemap is
 * drawn below in its own panes whatever the tiles do; the pane shows the layer's notice.
 */
export type LayerStatus =
  | { state: 'loading' | 'ok' | 'hidden' }
  /** Its tiles are in the other grid than the map's now (a SWEREF 99 TM layer is on). */
  | { state: 'other_grid' }
  /** Tiles fail: blocked by the page's security policy, no network, or the server refused or is not there. */
  | { state: 'failing'; reason: 'csp' | 'offline' | 'unreachable' };

/** The grid the map uses: SWEREF 99 TM as soon as a visible layer needs it. */
export function activeGrid(layers: readonly TileLayerSpec[]): TileGrid {
  return layers.some((l) => l.visible && l.grid === '3006') ? '3006' : '3857';
}

function originOf(url: string): string | null {
  try {
    return new URL(url, window.location.href).origin;
  } catch {
    return null;
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
    const set = (id: string, s: LayerStatus) => setStatus((now) => (JSON.stringify(now[id]) === JSON.stringify(s) ? now : { ...now, [id]: s }));
    const shown = layers.filter((spec) => spec.visible && spec.grid === grid);
    const blockedOrigins = new Set<string>();
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      const origin = originOf(e.blockedURI);
      if (origin) blockedOrigins.add(origin);
    };
    document.addEventListener('securitypolicyviolation', onViolation);

    const added = shown.map((spec, i) => {
      const layer = createTileLayer(spec);
      layer.setZIndex(i + 1);
      const origin = originOf(withKey(spec.url, spec.key));
      let loaded = 0;
      layer.on('tileload', () => {
        loaded += 1;
        set(spec.id, { state: 'ok' });
      });
      layer.on('tileerror', () => {
        // The violation event may come after the image's error: look again on the next turn.
        window.setTimeout(() => {
          if (loaded > 0) return; // some tiles come: the layer works where it has data
          const reason = origin && blockedOrigins.has(origin) ? 'csp' : navigator.onLine ? 'unreachable' : 'offline';
          set(spec.id, { state: 'failing', reason });
        }, 0);
      });
      layer.addTo(map);
      return layer;
    });
    return () => {
      document.removeEventListener('securitypolicyviolation', onViolation);
      for (const layer of added) layer.remove();
    };
  }, [map, layers, grid]);

  return status;
}
