import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POINT_CATEGORIES } from '../../../../shared/map/categories.js';
import { escapeMarkup } from '../../xml/escape.js';

/** The point symbols as SVG <symbol> definitions, by category: what the snapshot's points use. */
export interface SymbolSet {
  /** The definition for a category (its id is symbolId(category)); a plain marker when the file is not at hand. */
  definition(category: string): string;
}

export const symbolId = (category: string): string => `sym-${category.replace(/[^a-z_]/g, '')}`;

const isPointCategory = (c: string): boolean => (POINT_CATEGORIES as readonly string[]).includes(c);

/** A dark rounded square with the category's first letter: the same footprint as a real symbol. */
function plainMarker(category: string): string {
  const letter = escapeMarkup((category[0] ?? '?').toUpperCase());
  return `<symbol id="${symbolId(category)}" viewBox="0 0 48 48"><rect x="3" y="3" width="42" height="42" rx="9" fill="#1f2937" stroke="#fff" stroke-width="5"/><rect x="3" y="3" width="42" height="42" rx="9" fill="none" stroke="#000" stroke-width="2.5"/><text x="24" y="33" font-size="26" font-weight="700" text-anchor="middle" fill="#fff" font-family="sans-serif">${letter}</text></symbol>`;
}

/**
 * The symbol files of resources/map/symbols (the app's own, see their SOURCES.md), each read once:
 * the outer <svg> becomes a <symbol>, its <title> left out (the legend names it).
 */
export function symbolSet(resourcesDir: string | null): SymbolSet {
  const cache = new Map<string, string>();
  const load = (category: string): string => {
    if (resourcesDir === null || !isPointCategory(category)) return plainMarker(category);
    try {
      const text = readFileSync(join(resourcesDir, 'map', 'symbols', `${category}.svg`), 'utf8');
      const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(text)?.[1];
      if (!inner) return plainMarker(category);
      return `<symbol id="${symbolId(category)}" viewBox="0 0 48 48">${inner.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, '')}</symbol>`;
    } catch {
      return plainMarker(category);
    }
  };
  return {
    definition(category) {
      let d = cache.get(category);
      if (d === undefined) {
        d = load(category);
        cache.set(category, d);
      }
      return d;
    },
  };
}
