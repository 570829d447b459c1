import L from 'leaflet';
import type { Category, FeatureStatus } from '../../../../shared/map/categories';
import { HIGHLIGHT, pointRing } from './featureStyle';
import { symbolImage } from './symbols';

/** What a canvas-drawn marker reads of Leaflet's canvas renderer (not in its public types). */
interface CanvasInternals {
  _renderer?: { _ctx?: CanvasRenderingContext2D; _drawnLayers?: unknown };
  _point?: L.Point;
  _radius: number;
  _map?: L.Map;
}

export interface SymbolMarkerOptions extends L.CircleMarkerOptions {
  category: Category;
  status: FeatureStatus;
  highlighted: boolean;
}

/**
 * A point feature drawn on the map's canvas: a white disc with a ring telling the status and the
 * category's symbol inside. One canvas for thousands of points (issue 9's 10 000): no DOM element
 * per point. Clicks hit it like any circle marker.
 */
export class SymbolMarker extends L.CircleMarker {
  declare options: SymbolMarkerOptions;

  constructor(latlng: L.LatLngExpression, options: SymbolMarkerOptions) {
    // The stroke weight is not drawn: it only widens the area Leaflet redraws and hit-tests, so
    // the highlight halo is never clipped.
    super(latlng, { ...options, stroke: true, weight: options.highlighted ? 2 * (HIGHLIGHT.width + 2) : 6 });
  }

  _updatePath(): void {
    const self = this as unknown as CanvasInternals;
    const ctx = self._renderer?._ctx;
    const p = self._point;
    if (!ctx || !p || !self._map) return;
    const r = self._radius;
    const { category, status, highlighted } = this.options;
    const ring = pointRing(status);
    ctx.save();
    ctx.globalAlpha = ring.alpha;
    if (highlighted) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, r + HIGHLIGHT.width, 0, Math.PI * 2);
      ctx.fillStyle = HIGHLIGHT.color;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = HIGHLIGHT.edge;
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.setLineDash(ring.dash);
    ctx.strokeStyle = ring.color;
    ctx.stroke();
    ctx.setLineDash([]);
    const img = symbolImage(category, () => this.redraw());
    const s = r * 1.35;
    if (img) ctx.drawImage(img, p.x - s / 2, p.y - s / 2, s, s);
    ctx.restore();
  }
}
