import type { Category } from '../../../../shared/map/categories';

/** A point symbol's SVG, served from the app's own origin (resources/map/symbols/, map-core's set). */
export function symbolUrl(category: Category): string {
  return `/resources/map/symbols/${category}.svg`;
}

const images = new Map<Category, HTMLImageElement>();
const waiting = new Map<Category, Set<() => void>>();

/** The symbol's image once loaded, else null (and `onLoad` runs when it is). */
export function symbolImage(category: Category, onLoad: () => void): HTMLImageElement | null {
  let img = images.get(category);
  if (!img) {
    img = new Image();
    images.set(category, img);
    const set = new Set<() => void>();
    waiting.set(category, set);
    img.onload = () => {
      for (const fn of set) fn();
      set.clear();
    };
    img.src = symbolUrl(category);
  }
  if (img.complete && img.naturalWidth > 0) return img;
  waiting.get(category)?.add(onLoad);
  return null;
}

const bitmaps = new Map<string, HTMLCanvasElement>();

/**
 * The symbol rasterized once at this size (px, device pixels included): drawing an SVG image
 * re-rasterizes it every time, and the map draws thousands per frame when it zooms.
 */
export function symbolBitmap(category: Category, size: number, onLoad: () => void): HTMLCanvasElement | null {
  const px = Math.max(1, Math.round(size * (window.devicePixelRatio || 1)));
  const key = `${category}@${px}`;
  const done = bitmaps.get(key);
  if (done) return done;
  const img = symbolImage(category, onLoad);
  if (!img) return null;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  canvas.getContext('2d')?.drawImage(img, 0, 0, px, px);
  bitmaps.set(key, canvas);
  return canvas;
}
