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

const colours = new Map<Category, string>();

/**
 * The symbol's own colour (its base square's fill, sampled from its bitmap once): what a point is
 * drawn in when the view is too crowded for symbols (FeatureLayer's dense views). Null until the
 * symbol has loaded.
 */
export function symbolColour(category: Category, onLoad: () => void): string | null {
  const known = colours.get(category);
  if (known) return known;
  const bitmap = symbolBitmap(category, 48, onLoad);
  if (!(bitmap instanceof HTMLCanvasElement)) return null;
  // Left of the glyph, inside the square's outline (the symbols are drawn on a 48-unit grid).
  const x = Math.round(bitmap.width * 0.14);
  const y = Math.round(bitmap.height * 0.5);
  const data = bitmap.getContext('2d')?.getImageData(x, y, 1, 1).data;
  const colour = data ? `rgb(${data[0] ?? 0}, ${data[1] ?? 0}, ${data[2] ?? 0})` : '#374151';
  colours.set(category, colour);
  return colour;
}
