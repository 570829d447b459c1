import L from 'leaflet';
import type { Feature } from '../../../../shared/map/feature';
import { HIGHLIGHT, pathStyle } from './featureStyle';
import { hatchPattern } from './hatch';
import { SymbolMarker, type MarkerDetail } from './SymbolMarker';

/**
 * The board's features on the map, on one canvas in their own pane: kept in step with the list it
 * is given (only changed versions are redrawn), each clickable to select it.
 */
export const FEATURE_PANE = 'samladFeatures';
/** More points than this in view: drawn as discs in their symbol's colour (see MarkerDetail). */
export const DENSE_POINTS = 1500;

export interface FeatureLayerOptions {
  onSelect: (id: number) => void;
  /** Points' radius in px (the wall draws larger). */
  radius: number;
}

interface Drawn {
  key: string;
  layer: L.Layer;
}

export class FeatureLayer {
  private readonly group = L.featureGroup();
  private readonly drawn = new Map<number, Drawn>();
  private readonly renderer: L.Canvas;
  private readonly detail: MarkerDetail = { dense: false };
  private readonly onView = () => {
    this.detail.dense = this.pointsInView() > DENSE_POINTS;
  };

  constructor(
    private readonly map: L.Map,
    private readonly options: FeatureLayerOptions,
  ) {
    if (!map.getPane(FEATURE_PANE)) map.createPane(FEATURE_PANE).style.zIndex = '420';
    this.renderer = L.canvas({ pane: FEATURE_PANE, tolerance: 4 });
    // Before the renderer's own listeners (it joins the map with the first layer): the detail is
    // set when the renderer redraws after a move.
    map.on('zoomend moveend resize', this.onView);
    this.group.addTo(map);
  }

  /** Draws exactly these features (ids in `highlighted` with the halo). */
  update(features: readonly Feature[], highlighted: ReadonlySet<number>): void {
    const keep = new Set<number>();
    for (const f of features) {
      keep.add(f.id);
      const key = `${f.version}|${highlighted.has(f.id) ? 1 : 0}`;
      const old = this.drawn.get(f.id);
      if (old?.key === key) continue;
      if (old) this.group.removeLayer(old.layer);
      const layer = this.layerOf(f, highlighted.has(f.id));
      layer.on('click', () => this.options.onSelect(f.id));
      this.group.addLayer(layer);
      this.drawn.set(f.id, { key, layer });
    }
    for (const [id, d] of this.drawn) {
      if (keep.has(id)) continue;
      this.group.removeLayer(d.layer);
      this.drawn.delete(id);
    }
    const dense = this.detail.dense;
    this.onView();
    if (dense !== this.detail.dense) this.group.eachLayer((l) => l instanceof SymbolMarker && l.redraw());
  }

  /** The points within the view (with the renderer's margin). */
  private pointsInView(): number {
    const view = this.map.getBounds().pad(0.1);
    let n = 0;
    for (const { layer } of this.drawn.values()) if (layer instanceof SymbolMarker && view.contains(layer.getLatLng())) n += 1;
    return n;
  }

  /** The bounds of one drawn feature (to show it), or null. */
  boundsOf(id: number): L.LatLngBounds | null {
    const layer = this.drawn.get(id)?.layer;
    if (!layer) return null;
    if (layer instanceof L.CircleMarker) return L.latLngBounds([layer.getLatLng(), layer.getLatLng()]);
    if (layer instanceof L.FeatureGroup) return layer.getBounds();
    return null;
  }

  remove(): void {
    this.map.off('zoomend moveend resize', this.onView);
    this.group.remove();
    this.drawn.clear();
  }

  private layerOf(f: Feature, highlighted: boolean): L.Layer {
    if (f.geometry.type === 'Point') {
      const [lng, lat] = f.geometry.coordinates;
      return new SymbolMarker([lat, lng], { renderer: this.renderer, radius: this.options.radius, category: f.category, status: f.status, highlighted, detail: this.detail, pane: FEATURE_PANE });
    }
    const style = pathStyle(f.category, f.status);
    const common = { renderer: this.renderer, pane: FEATURE_PANE };
    const layers: L.Layer[] = [];
    if (highlighted) {
      layers.push(L.geoJSON(f.geometry, { style: () => ({ ...common, color: HIGHLIGHT.color, weight: style.weight + 2 * HIGHLIGHT.width, opacity: 0.9, fill: false }) } as L.GeoJSONOptions));
    }
    // A hatched area is filled with a pattern that carries its own opacity. Leaflet's canvas
    // renderer hands fillColor to the context's fillStyle as it is, and fillStyle takes a pattern
    // too; Leaflet's types only know strings.
    const pattern = style.hatch ? hatchPattern(style.hatch, style.fillColor, style.fillOpacity, style.color) : null;
    const fill = pattern ? { fillColor: pattern as unknown as string, fillOpacity: 1 } : { fillColor: style.fillColor, fillOpacity: style.fillOpacity };
    layers.push(
      L.geoJSON(f.geometry, {
        style: () => ({ ...common, color: style.color, weight: style.weight, dashArray: style.dashArray ?? undefined, ...fill, opacity: style.opacity }),
      } as L.GeoJSONOptions),
    );
    return L.featureGroup(layers);
  }
}
