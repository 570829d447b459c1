import L from 'leaflet';
import type { FeatureCollection } from 'geojson';
import type { BasemapData } from './basemapData';

/**
 * Draws the embedded basemap on a map: land (kommun polygons) over the sea-coloured background,
 * kommun boundaries thin, län boundaries strong, and the board's kommun outlined so it stands out
 * without relying on colour (a thick line with a white halo). Land sits below any background
 * tile layer; the boundaries above it, so they stay visible on top of a topographic map.
 */
export const BASEMAP_PANES = { land: 'samladLand', lines: 'samladLines', labels: 'samladLabels' } as const;

// Colours: see map.css for the sea (the map's background) and the labels.
const LAND = { fillColor: '#f6f3ea', fillOpacity: 1, stroke: false } as const;
const KOMMUN_LINE = { color: '#7b8794', weight: 1, fill: false } as const;
const LAN_LINE = { color: '#2f3a47', weight: 2.5, fill: false } as const;
const OWN_HALO = { color: '#ffffff', weight: 9, opacity: 0.9, fill: false } as const;
const OWN_LINE = { color: '#6d28d9', weight: 4.5, fill: false } as const;

function ensurePane(map: L.Map, name: string, zIndex: number): void {
  if (map.getPane(name)) return;
  const pane = map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.style.pointerEvents = 'none';
}

export interface DrawnBasemap {
  /** The bounds of a kommun, for framing and the search box; null: no such kommun. */
  kommunBounds: (code: string) => L.LatLngBounds | null;
  remove: () => void;
}

export function drawBasemap(map: L.Map, data: BasemapData, ownKommun: string): DrawnBasemap {
  ensurePane(map, BASEMAP_PANES.land, 150); // below Leaflet's tile pane (200)
  ensurePane(map, BASEMAP_PANES.lines, 350); // above tiles, below drawn features (400)
  ensurePane(map, BASEMAP_PANES.labels, 380);
  const landRenderer = L.canvas({ pane: BASEMAP_PANES.land });
  const linesRenderer = L.canvas({ pane: BASEMAP_PANES.lines });
  const common = { interactive: false, bubblingMouseEvents: false };

  const own: FeatureCollection = { type: 'FeatureCollection', features: data.kommuner.features.filter((f) => f.properties.KnKod === ownKommun) };
  const layers: L.Layer[] = [
    L.geoJSON(data.kommuner, { ...common, style: () => ({ ...LAND, renderer: landRenderer }) } as L.GeoJSONOptions),
    L.geoJSON(data.kommuner, { ...common, style: () => ({ ...KOMMUN_LINE, renderer: linesRenderer }) } as L.GeoJSONOptions),
    L.geoJSON(data.lan, { ...common, style: () => ({ ...LAN_LINE, renderer: linesRenderer }) } as L.GeoJSONOptions),
    L.geoJSON(own, { ...common, style: () => ({ ...OWN_HALO, renderer: linesRenderer }) } as L.GeoJSONOptions),
    L.geoJSON(own, { ...common, style: () => ({ ...OWN_LINE, renderer: linesRenderer }) } as L.GeoJSONOptions),
  ];
  for (const layer of layers) layer.addTo(map);

  const bounds = new Map<string, L.LatLngBounds>();
  return {
    kommunBounds(code) {
      const known = bounds.get(code);
      if (known) return known;
      const features = data.kommuner.features.filter((f) => f.properties.KnKod === code);
      if (features.length === 0) return null;
      const fc: FeatureCollection = { type: 'FeatureCollection', features };
      const b = L.geoJSON(fc).getBounds();
      bounds.set(code, b);
      return b;
    },
    remove() {
      for (const layer of layers) layer.remove();
    },
  };
}
