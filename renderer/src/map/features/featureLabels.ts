import L from 'leaflet';
import type { Feature } from '../../../../shared/map/feature';
import { placeLabels, type LabelCandidate } from '../placeLabels';
import type { Place } from '../places';

/**
 * Feature titles beside their symbols (or at a line's or area's middle) from zoom 10 in: dark
 * text on a white tag, so the wall reads "Avspärrning Stora torget" and not just a symbol. Placed
 * like place names (no two over one another), in a pane above the features.
 */
export const FEATURE_LABEL_PANE = 'samladFeatureLabels';
const MIN_ZOOM = 10;
/** More features than this in view: no titles (they could not be read, and placing them costs). */
const MAX_LABELLED = 400;

let measureCtx: CanvasRenderingContext2D | null = null;
function measure(text: string, px: number): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * px * 0.6;
  measureCtx.font = `600 ${px}px system-ui, sans-serif`;
  return Math.ceil(measureCtx.measureText(text).width);
}

const anchors = new WeakMap<Feature, L.LatLng | null>();

/** Where a feature's title goes: its point, or the middle of its line's or area's bounds. */
function anchorOf(f: Feature): L.LatLng | null {
  if (f.geometry.type === 'Point') return L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
  if (!anchors.has(f)) {
    const b = L.geoJSON(f.geometry).getBounds();
    anchors.set(f, b.isValid() ? b.getCenter() : null);
  }
  return anchors.get(f) ?? null;
}

export function showFeatureLabels(map: L.Map, symbolRadius: number) {
  if (!map.getPane(FEATURE_LABEL_PANE)) map.createPane(FEATURE_LABEL_PANE).style.zIndex = '430';
  const group = L.layerGroup().addTo(map);
  let features: readonly Feature[] = [];
  const px = document.documentElement.classList.contains('wall') ? 18 : 14;

  function redraw(): void {
    group.clearLayers();
    if (map.getZoom() < MIN_ZOOM) return;
    const size = map.getSize();
    const view = map.getBounds().pad(0.05);
    const byPlace = new Map<Place, Feature>();
    const candidates: LabelCandidate[] = [];
    for (const f of features) {
      if (candidates.length > MAX_LABELLED) return;
      const at = anchorOf(f);
      if (!at || !view.contains(at)) continue;
      const p = map.latLngToContainerPoint(at);
      // placeLabels works on places: a feature is one for the moment (rank 0: all shown alike).
      const place: Place = { name: f.title, lat: at.lat, lng: at.lng, kommun: '', rank: 0 };
      byPlace.set(place, f);
      candidates.push({ place, x: p.x, y: p.y });
    }
    const placed = placeLabels(candidates, map.getZoom(), { width: size.x, height: size.y }, (pl) => ({ width: measure(pl.name, px) + 12, height: Math.ceil(px * 1.5) }), symbolRadius + 4);
    for (const label of placed) {
      const point = map.latLngToContainerPoint([label.place.lat, label.place.lng]);
      const el = document.createElement('span');
      el.textContent = label.place.name;
      el.style.fontSize = `${px}px`;
      const ended = byPlace.get(label.place)?.status === 'ended';
      const icon = L.divIcon({
        className: ended ? 'map-feature-label map-feature-label-ended' : 'map-feature-label',
        html: el,
        iconSize: [label.width, label.height],
        iconAnchor: [point.x - label.left, point.y - label.top],
      });
      group.addLayer(L.marker([label.place.lat, label.place.lng], { icon, interactive: false, keyboard: false, pane: FEATURE_LABEL_PANE }));
    }
  }

  map.on('moveend zoomend resize', redraw);
  return {
    update(next: readonly Feature[]) {
      features = next;
      redraw();
    },
    remove() {
      map.off('moveend zoomend resize', redraw);
      group.remove();
    },
  };
}
