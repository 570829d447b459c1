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
