import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { drawBasemap, type DrawnBasemap } from './basemap';
import { loadBasemap, type BasemapData } from './basemapData';
import { showPlaceNames, type PlaceNames } from './placeNames';
import { crsOf } from './tiles/crs';
import { equivalentZoom, ZOOMS } from './tiles/zoom';
import type { TileGrid } from './tiles/tileLayerSpec';

/**
 * Maps already taken down. For one render after a grid switch, components still hold the old
 * map: what they would add to it must be left out (its panes are gone).
 */
const removedMaps = new WeakSet<L.Map>();
export function isRemoved(map: L.Map): boolean {
  return removedMaps.has(map);
}

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
export function useLeafletMap(container: RefObject<HTMLDivElement | null>, kommunCode: string, grid: TileGrid): { live: LiveMap | null; error: string | null } {
  const [live, setLive] = useState<LiveMap | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A switch of grid (a SWEREF 99 TM background turned on or off) remakes the map: it keeps the view.
  const lastView = useRef<{ center: L.LatLng; zoom: number; grid: TileGrid } | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const map = L.map(el, {
      preferCanvas: true,
      zoomControl: false,
      attributionControl: false,
      crs: crsOf(grid),
      minZoom: ZOOMS[grid].min,
      maxZoom: ZOOMS[grid].max,
      maxBounds: SWEDEN_BOUNDS,
      maxBoundsViscosity: 0.8,
      zoomSnap: 0.5,
      keyboardPanDelta: 120,
    });
    const kept = lastView.current;
    if (kept) map.setView(kept.center, equivalentZoom(kept.zoom, kept.grid, grid, kept.center.lat));
    else map.fitBounds(SWEDEN_BOUNDS);
    // No Leaflet controls: the pane's own buttons and credits line speak the seat's language.
    const writeView = () => {
      const c = map.getCenter();
      el.dataset.view = `${c.lat.toFixed(5)},${c.lng.toFixed(5)},${map.getZoom()}`;
      el.dataset.grid = grid;
      lastView.current = { center: c, zoom: map.getZoom(), grid };
    };
    map.on('moveend', writeView);
    writeView();

    // Until someone moves the map, it keeps the kommun framed while the layout settles.
    let autoFrame = kept === null;
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
          if (b) map.fitBounds(b, { padding: [24, 24], animate: false });
        };
        if (autoFrame) frameKommun();
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
      removedMaps.add(map);
      setLive(null);
    };
  }, [container, kommunCode, grid]);

  return { live, error };
}
