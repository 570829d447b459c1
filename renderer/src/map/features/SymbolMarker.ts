import L from 'leaflet';
import type { Category, FeatureStatus } from '../../../../shared/map/categories';
import { HIGHLIGHT, pointRing } from './featureStyle';
import { symbolBitmap, symbolColour } from './symbols';

/**
 * Shared by all the markers of one layer: whether the view holds so many points that symbols
 * could not be told apart (FeatureLayer decides at each move). Then an active point is a disc in
 * its symbol's colour: a fill is a small fraction of the cost of copying a bitmap, and at that
 * density the symbols overlap into a carpet anyway. Zoomed in, the symbols come back.
 */
export interface MarkerDetail {
  dense: boolean;
}

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
  detail: MarkerDetail;
}

/**
 * A point feature drawn on the map's canvas: a white disc with a ring telling the status and the
 * category's symbol inside. One canvas for thousands of points (issue 9's 10 000): no DOM element
 * per point. Clicks hit it like any circle marker.
 */
export class SymbolMarker extends L.CircleMarker {
  declare options: SymbolMarkerOptions;
  /** The symbol's bitmap and its size in device pixels, kept per marker: the map draws thousands per frame. */
  private bitmap: HTMLCanvasElement | null = null;
  private bitmapSize = 0;

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
    const { category, status, highlighted, detail } = this.options;
    if (detail.dense && status === 'active' && !highlighted) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, r * 0.6, 0, Math.PI * 2);
      ctx.fillStyle = symbolColour(category, () => this.redraw()) ?? '#374151';
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      return;
    }
    const size = 2 * r;
    const px = size * (window.devicePixelRatio || 1);
    if (this.bitmap === null || this.bitmapSize !== px) {
      this.bitmap = symbolBitmap(category, size, () => this.redraw());
      this.bitmapSize = this.bitmap ? px : 0;
    }
    const img = this.bitmap;
    // The common case (active, not highlighted, symbol loaded) is one drawImage: no state to save.
    // On whole pixels, the bitmap is copied, not resampled: thousands of these per redraw.
    if (img && status === 'active' && !highlighted) {
      ctx.drawImage(img, Math.round(p.x - r), Math.round(p.y - r), size, size);
      return;
    }
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
    if (img) {
      // The symbols carry their own halo and outline (resources/map/symbols): drawn whole.
      ctx.drawImage(img, p.x - r, p.y - r, size, size);
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
