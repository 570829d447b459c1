import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KOMMUNER, findKommun } from '../../shared/kommuner.js';

interface Feature {
  properties: { KnKod: string; KnNamn: string };
}

describe('kommuner', () => {
  it('is exactly the 290 municipalities of the shipped SCB boundaries', () => {
    const geo = JSON.parse(readFileSync('resources/geo/sweden-kommuner.geojson', 'utf8')) as { features: Feature[] };
    const fromGeo = geo.features.map((f) => `${f.properties.KnKod} ${f.properties.KnNamn}`).sort();
    expect(KOMMUNER).toHaveLength(290);
    expect(KOMMUNER.map((k) => `${k.code} ${k.name}`).sort()).toEqual(fromGeo);
  });

  it('finds a kommun by its 4-digit code', () => {
    expect(findKommun('0180')?.name).toBe('Stockholm');
    expect(findKommun('2180')?.name).toBe('Gävle');
    expect(findKommun('9999')).toBeUndefined();
  });
});
