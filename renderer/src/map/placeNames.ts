import L from 'leaflet';
import { BASEMAP_PANES } from './basemap';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './placeLabels';
import type { Place } from './places';

/**
 * The place names of the offline basemap: recomputed after every move and zoom (placeLabels
 * chooses which fit), drawn as large text with a halo (map.css) in their own pane. Labels are
 * not interactive and take no focus: they are part of the picture, not controls.
 */

/** Text size by rank (px); the wall draws everything larger (its root font size is 20px, not 15px). */
function fontPx(rank: number): number {
  const base = rank <= 0 ? 19 : rank === 1 ? 16 : 14;
  return document.documentElement.classList.contains('wall') ? Math.round(base * 1.35) : base;
}

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
let measureCtx: CanvasRenderingContext2D | null = null;

function measure(place: Place): { width: number; height: number } {
  const px = fontPx(place.rank);
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return { width: place.name.length * px * 0.6, height: px * 1.3 };
  measureCtx.font = `700 ${px}px ${FONT_FAMILY}`;
  return { width: Math.ceil(measureCtx.measureText(place.name).width) + 6, height: Math.ceil(px * 1.3) };
}

function labelMarker(label: PlacedLabel, point: L.Point, map: L.Map): L.Marker {
  const el = document.createElement('span');
  el.textContent = label.place.name; // a name is text, never HTML
  el.style.fontSize = `${fontPx(label.place.rank)}px`;
  const icon = L.divIcon({
    className: `map-place-label map-place-rank-${Math.min(label.place.rank, 2)}`,
    html: el,
    iconSize: [label.width, label.height],
    iconAnchor: [point.x - label.left, point.y - label.top],
  });
  return L.marker(map.containerPointToLatLng(point), { icon, interactive: false, keyboard: false, pane: BASEMAP_PANES.labels });
}

export interface PlaceNames {
  /** The labels now on the map (for PNG export). */
  current: () => readonly PlacedLabel[];
  /** Shows or hides the names (a per-seat choice in the legend). */
  setVisible: (on: boolean) => void;
  remove: () => void;
}

export function showPlaceNames(map: L.Map, places: readonly Place[]): PlaceNames {
  const group = L.layerGroup().addTo(map);
  const dotRenderer = L.canvas({ pane: BASEMAP_PANES.labels });
  let placed: PlacedLabel[] = [];
  let visible = true;

  function redraw(): void {
    group.clearLayers();
    placed = [];
    if (!visible) return;
    const size = map.getSize();
    const view = map.getBounds().pad(0.05);
    const candidates: LabelCandidate[] = [];
    for (const place of places) {
      if (!view.contains([place.lat, place.lng])) continue;
      const p = map.latLngToContainerPoint([place.lat, place.lng]);
      candidates.push({ place, x: p.x, y: p.y });
    }
    placed = placeLabels(candidates, map.getZoom(), { width: size.x, height: size.y }, measure);
    for (const label of placed) {
      const point = map.latLngToContainerPoint([label.place.lat, label.place.lng]);
      group.addLayer(labelMarker(label, point, map));
      group.addLayer(
        L.circleMarker([label.place.lat, label.place.lng], {
          renderer: dotRenderer,
          radius: label.place.rank <= 0 ? 5 : 4,
          color: '#ffffff',
          weight: 2,
          fillColor: '#111827',
          fillOpacity: 1,
          interactive: false,
        }),
      );
    }
  }

  map.on('moveend zoomend resize', redraw);
  redraw();
  return {
    current: () => placed,
    setVisible(on) {
      if (on === visible) return;
      visible = on;
      redraw();
    },
    remove() {
      map.off('moveend zoomend resize', redraw);
      group.remove();
    },
  };
}
