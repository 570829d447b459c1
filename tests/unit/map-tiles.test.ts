import { describe, expect, it } from 'vitest';
import { equivalentZoom } from '../../renderer/src/map/tiles/zoom';
import { shownUrl, validateTileLayer, withKey, type TileLayerInput } from '../../renderer/src/map/tiles/tileLayerSpec';

// Background maps by URL: what the form accepts, and how a key is used and never shown.

const ok: TileLayerInput = { name: 'OSM', kind: 'xyz', url: 'https://tile.example.org/{z}/{x}/{y}.png', layers: '', grid: '3857', attribution: '© OSM', key: '' };

describe('validateTileLayer', () => {
  it('accepts XYZ, WMS and WMTS layers with http(s) or same-origin addresses', () => {
    expect(validateTileLayer(ok)).toEqual([]);
    expect(validateTileLayer({ ...ok, url: '/tiles/{z}/{x}/{y}.png' })).toEqual([]);
    expect(validateTileLayer({ ...ok, kind: 'wms', url: 'https://wms.example.org/service', layers: 'topo' })).toEqual([]);
    expect(validateTileLayer({ ...ok, kind: 'wmts', grid: '3006', url: 'https://api.example.se/token/{key}/3006/{z}/{y}/{x}.png' })).toEqual([]);
  });

  it.each<[Partial<TileLayerInput>, string, string]>([
    [{ name: '  ' }, 'name', 'required'],
    [{ url: '' }, 'url', 'required'],
    [{ url: 'javascript:alert(1)//{z}{x}{y}' }, 'url', 'not_http'],
    [{ url: 'file:///etc/passwd/{z}/{x}/{y}' }, 'url', 'not_http'],
    [{ url: 'tiles/{z}/{x}/{y}' }, 'url', 'not_http'],
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
  it('puts the key in the URL encoded, and never shows it', () => {
    const url = 'https://api.example.se/token/{key}/{z}/{x}/{y}.png?user=a';
    expect(withKey(url, 'a/b c')).toBe('https://api.example.se/token/a%2Fb%20c/{z}/{x}/{y}.png?user=a');
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
