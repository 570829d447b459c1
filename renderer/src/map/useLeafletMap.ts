import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useState, type RefObject } from 'react';
import { drawBasemap, type DrawnBasemap } from './basemap';
import { loadBasemap, type BasemapData } from './basemapData';
import { showPlaceNames, type PlaceNames } from './placeNames';

/** Sweden and its waters, with room around: the map does not wander off to other continents. */
const SWEDEN_BOUNDS = L.latLngBounds([54.0, 4.0], [70.5, 32.0]);

export interface LiveMap {
  map: L.Map;
  data: BasemapData;
  basemap: DrawnBasemap;
  placeNames: PlaceNames;
  /** Shows the board's kommun whole, its boundary drawn strongly. */
  frameKommun: () => void;
  /** Someone moved the map: a later resize keeps their view instead of framing the kommun again. */
  userMoved: () => void;
}

/**
 * One Leaflet map on the container: canvas rendering, the embedded basemap and place names, and
 * the board's kommun framed once its data is in. Remade only when the container or kommun changes.
 */
export function useLeafletMap(container: RefObject<HTMLDivElement | null>, kommunCode: string): { live: LiveMap | null; error: string | null } {
  const [live, setLive] = useState<LiveMap | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const map = L.map(el, {
      preferCanvas: true,
      zoomControl: false,
      attributionControl: false,
      minZoom: 4,
      maxZoom: 18,
      maxBounds: SWEDEN_BOUNDS,
      maxBoundsViscosity: 0.8,
      zoomSnap: 0.5,
      keyboardPanDelta: 120,
    });
    map.fitBounds(SWEDEN_BOUNDS);
    // No Leaflet controls: the pane's own buttons and credits line speak the seat's language.
    const writeView = () => {
      const c = map.getCenter();
      el.dataset.view = `${c.lat.toFixed(5)},${c.lng.toFixed(5)},${map.getZoom()}`;
    };
    map.on('moveend', writeView);

    // Until someone moves the map, it keeps the kommun framed while the layout settles.
    let autoFrame = true;
    let frame: (() => void) | null = null;
    const userMoved = () => {
      autoFrame = false;
    };
    for (const type of ['mousedown', 'wheel', 'keydown', 'touchstart'] as const) el.addEventListener(type, userMoved, { passive: true });
    let cancelled = false;
    let drawn: { basemap: DrawnBasemap; placeNames: PlaceNames } | null = null;
    loadBasemap()
      .then((data) => {
        if (cancelled) return;
        const basemap = drawBasemap(map, data, kommunCode);
        const frameKommun = () => {
          const b = basemap.kommunBounds(kommunCode);
          if (b) map.fitBounds(b, { padding: [24, 24] });
        };
        frameKommun();
        frame = frameKommun;
        el.dataset.framedKommun = basemap.kommunBounds(kommunCode) ? kommunCode : '';
        const placeNames = showPlaceNames(map, data.places);
        drawn = { basemap, placeNames };
        setLive({ map, data, basemap, placeNames, frameKommun, userMoved });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });

    // The pane's size follows the layout (window size, other panes): Leaflet must know.
    const resize = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      if (autoFrame) frame?.();
    });
    resize.observe(el);
    return () => {
      cancelled = true;
      resize.disconnect();
      for (const type of ['mousedown', 'wheel', 'keydown', 'touchstart'] as const) el.removeEventListener(type, userMoved);
      drawn?.placeNames.remove();
      drawn?.basemap.remove();
      map.remove();
      setLive(null);
    };
  }, [container, kommunCode]);

  return { live, error };
}
