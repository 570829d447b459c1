import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import svMap from '../../shared/locales/sv/map.json';
import enMap from '../../shared/locales/en/map.json';
import { CATEGORIES, POINT_CATEGORIES } from '../../shared/map/categories.js';

const DIR = 'resources/map/symbols';

describe('the map’s symbols and names', () => {
  it('has one SVG per point category and nothing else, each 48×48, titled, with no script or outside reference', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.svg'));
    expect(files.sort()).toEqual(POINT_CATEGORIES.map((c) => `${c}.svg`).sort());
    const glyphs = new Set<string>();
    for (const category of POINT_CATEGORIES) {
      const svg = readFileSync(`${DIR}/${category}.svg`, 'utf8');
      expect(svg, category).toContain('viewBox="0 0 48 48"');
      expect(svg, category).toMatch(/<title>[^<]+<\/title>/);
      expect(svg, category).not.toMatch(/<script|on\w+=|href=|<image|<foreignObject/i);
      // The glyph (everything after the base) differs for every category: not colour alone.
      glyphs.add(svg.slice(svg.lastIndexOf('stroke="#000000"')).replace(/#[0-9a-f]{6}/gi, ''));
    }
    expect(glyphs.size).toBe(POINT_CATEGORIES.length);
    expect(readFileSync(`${DIR}/../symbols/SOURCES.md`, 'utf8')).toContain('drawn for Samlad');
  });

  it('names every category and status in Swedish and English, and describes every symbol', () => {
    for (const c of CATEGORIES) {
      expect(svMap.category[c], c).toBeTruthy();
      expect(enMap.category[c], c).toBeTruthy();
    }
    for (const c of POINT_CATEGORIES) expect(svMap.symbol[c] && enMap.symbol[c], c).toBeTruthy();
    expect(svMap.category.avsparrning).toBe('Avspärrning');
  });
});
