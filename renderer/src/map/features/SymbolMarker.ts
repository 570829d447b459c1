import L from 'leaflet';
import type { Category, FeatureStatus } from '../../../../shared/map/categories';
import { HIGHLIGHT, pointRing } from './featureStyle';
import { symbolBitmap } from './symbols';

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
    const r = options.radius ?? 15;
    super(latlng, { ...options, stroke: true, weight: 2 * (0.45 * r + (options.highlighted ? HIGHLIGHT.width + 2 : 3)) });
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
    if (highlighted) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, r * 1.45 + HIGHLIGHT.width, 0, Math.PI * 2);
      ctx.fillStyle = HIGHLIGHT.color;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = HIGHLIGHT.edge;
      ctx.stroke();
    }
    ctx.globalAlpha = ring.alpha;
    const img = symbolBitmap(category, 2 * r, () => this.redraw());
    if (img) {
      // The symbols carry their own halo and outline (resources/map/symbols): drawn whole.
      ctx.drawImage(img, p.x - r, p.y - r, 2 * r, 2 * r);
    } else {
      ctx.beginPath();
      ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
    }
    // The status, told by shape as well as colour: planned a dashed ring, ended struck through.
    if (status === 'planned' || !img) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, r * 1.45, 0, Math.PI * 2);
      ctx.lineWidth = 3;
      ctx.setLineDash(ring.dash);
      ctx.strokeStyle = ring.color;
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (status === 'ended') {
      ctx.globalAlpha = 1;
      ctx.beginPath();
      ctx.moveTo(p.x - r, p.y + r);
      ctx.lineTo(p.x + r, p.y - r);
      ctx.lineWidth = 5;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = '#111827';
      ctx.stroke();
    }
    ctx.restore();
  }
}
