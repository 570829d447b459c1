import { describe, expect, it } from 'vitest';
import { AddLayerInput, Layer } from '../../shared/map/layer';
import { inputToAdd, layerToSpec } from '../../renderer/src/map/tiles/boardLayers';
import { equivalentZoom } from '../../renderer/src/map/tiles/zoom';
import { shownUrl, validateTileLayer, type TileLayerInput } from '../../renderer/src/map/tiles/tileLayerSpec';

// Background maps by URL: what the form accepts, and how a key is used and never shown.

const ok: TileLayerInput = { name: 'OSM', kind: 'xyz', url: 'https://tile.example.org/{z}/{x}/{y}.png', layers: '', matrixSet: '', grid: '3857', attribution: '© OSM', key: '' };
const topowebb: TileLayerInput = {
  ...ok,
  name: 'Topowebb',
  kind: 'wmts',
  grid: '3006',
  url: 'https://api.example.se/token/{api_key}/3006/{z}/{y}/{x}.png',
  layers: 'topowebb',
  matrixSet: '3006',
  key: 'hemlig',
};

describe('validateTileLayer', () => {
  it('accepts XYZ, WMS and WMTS layers with http(s) addresses', () => {
    expect(validateTileLayer(ok)).toEqual([]);
    expect(validateTileLayer({ ...ok, kind: 'wms', url: 'https://wms.example.org/service', layers: 'topo' })).toEqual([]);
    expect(validateTileLayer(topowebb)).toEqual([]);
  });

  it.each<[Partial<TileLayerInput>, string, string]>([
    [{ name: '  ' }, 'name', 'required'],
    [{ url: '' }, 'url', 'required'],
    [{ url: 'javascript:alert(1)//{z}{x}{y}' }, 'url', 'not_http'],
    [{ url: 'file:///etc/passwd/{z}/{x}/{y}' }, 'url', 'not_http'],
    [{ url: 'tiles/{z}/{x}/{y}' }, 'url', 'not_http'],
    [{ url: '/tiles/{z}/{x}/{y}' }, 'url', 'not_http'],
    [{ kind: 'wmts', url: 'https://wmts.example.org/', layers: 'topo', matrixSet: '' }, 'matrixSet', 'required'],
    [{ url: 'https://tile.example.org/{z}/{x}.png' }, 'url', 'placeholders'],
    [{ kind: 'wms', url: 'https://wms.example.org/', layers: '' }, 'layers', 'required'],
    [{ name: 'x'.repeat(81) }, 'name', 'too_long'],
    [{ name: 'Rad\nbrytning' }, 'name', 'control'],
    [{ key: 'nyckel\u0000' }, 'key', 'control'],
    [{ attribution: '\ud800' }, 'attribution', 'control'],
  ])('refuses %j: %s %s', (patch, field, error) => {
    expect(validateTileLayer({ ...ok, ...patch })).toContainEqual({ field, error });
  });
});

describe('keys', () => {
  it('never shows the key', () => {
    const url = 'https://api.example.se/token/{api_key}/{z}/{x}/{y}.png?user=a';
    expect(shownUrl(url)).toBe('https://api.example.se/token/…/{z}/{x}/{y}.png');
  });
});

describe('equivalentZoom', () => {
  it('keeps about the same scale when the map switches between Web Mercator and SWEREF 99 TM', () => {
    // 4096 m/px (SWEREF level 0) is Web Mercator zoom ≈ 4.25 at 60° N.
    expect(equivalentZoom(0, '3006', '3857', 60)).toBe(4.5);
    expect(equivalentZoom(10, '3857', '3006', 60)).toBeCloseTo(5.5, 0);
    expect(equivalentZoom(equivalentZoom(10, '3857', '3006', 60), '3006', '3857', 60)).toBeCloseTo(10, 0);
    expect(equivalentZoom(25, '3857', '3006', 60)).toBe(15);
  });
});

describe('board layers', () => {
  it('turns the form into a layer the contract accepts, the key apart from the config', () => {
    for (const input of [ok, topowebb, { ...ok, kind: 'wms' as const, url: 'https://wms.example.org/service', layers: 'a,b', grid: '3006' as const }]) {
      const add = inputToAdd(input);
      expect(AddLayerInput.safeParse(add).success).toBe(true);
      expect(JSON.stringify(add.config)).not.toContain('hemlig');
    }
    expect(inputToAdd(topowebb).secret).toEqual({ api_key: 'hemlig' });
    expect(inputToAdd(ok).secret).toBeNull();
  });

  it('draws a board layer from the board\'s own tile route, with this seat\'s on/off and no key', () => {
    const add = AddLayerInput.parse(inputToAdd(topowebb));
    const layer = Layer.parse({ id: 4, version: 1, config: add.config, has_secret: true, tile_url: '/tiles/4/{z}/{x}/{y}', changed_by: 'Eva', changed_at: '2026-11-24T10:00:00.000Z' });
    const spec = layerToSpec(layer, new Set());
    expect(spec).toMatchObject({ id: '4', kind: 'wmts', grid: '3006', layers: 'topowebb', matrixSet: '3006', key: '', visible: true, tileUrl: '/tiles/4/{z}/{x}/{y}' });
    expect(layerToSpec(layer, new Set(['4'])).visible).toBe(false);
  });
});
