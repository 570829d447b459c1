import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTile, TileFetches, type TileAnswer } from '../../electron/core/map/tile-proxy.js';
import { upstreamTileUrl } from '../../electron/core/map/tile-upstream.js';
import { readStatic } from '../../electron/seats/static-files.js';
import { WmsConfig, WmtsConfig, XyzConfig } from '../../shared/map/layer.js';
import { staff, wall } from '../callers.js';
import { newBoard, tempDir } from './helpers.js';

// Background tiles through the board's own server: the page asks /tiles/<id>/z/x/y of its own
// origin; the server builds the service's address with the key and fetches it. A local HTTP server
// on a random port plays the service.

const SECRET = 'hemlig nyckel/123';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

let upstream: Server;
let base = '';
const seen: { url: string; auth: string | undefined }[] = [];

function answer(req: IncomingMessage): { status: number; type: string; body: Buffer | string } | 'hang' {
  const path = req.url ?? '';
  if (path.startsWith('/ok/')) return { status: 200, type: 'image/png', body: PNG };
  if (path.startsWith('/forbidden/')) return { status: 403, type: 'text/plain', body: 'no' };
  if (path.startsWith('/broken/')) return { status: 500, type: 'text/plain', body: 'oops' };
  if (path.startsWith('/html/')) return { status: 200, type: 'text/html', body: '<script>alert(1)</script>' };
  if (path.startsWith('/liar/')) return { status: 200, type: 'image/png', body: '<svg onload="alert(1)"/>' };
  if (path.startsWith('/huge/')) return { status: 200, type: 'image/png', body: Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]) };
  if (path.startsWith('/slow/')) return 'hang';
  return { status: 404, type: 'text/plain', body: 'none' };
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization });
    const a = answer(req);
    if (a === 'hang') return; // never answers
    res.writeHead(a.status, { 'Content-Type': a.type }).end(a.body);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});

afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

describe('the upstream address of a tile', () => {
  it('fills an XYZ template, the key URL-encoded', () => {
    const config = XyzConfig.parse({ type: 'xyz', name: 'X', url: 'https://{s}.t.example/{api_key}/{z}/{x}/{y}.png?tms={-y}' });
    expect(upstreamTileUrl(config, { api_key: 'a/b c', username: null, password: null }, 3, 4, 2)).toBe('https://a.t.example/a%2Fb%20c/3/4/2.png?tms=5');
  });

  it('refuses tile numbers outside the grid (no request goes out)', () => {
    const config = XyzConfig.parse({ type: 'xyz', name: 'X', url: 'https://t.example/{z}/{x}/{y}.png' });
    expect(upstreamTileUrl(config, null, 2, 4, 0)).toBeNull();
    expect(upstreamTileUrl(config, null, 31, 0, 0)).toBeNull();
  });

  it('asks a Web Mercator WMS for the tile’s box (level 0: the whole world)', () => {
    const config = WmsConfig.parse({ type: 'wms', name: 'W', url: 'https://w.example/wms?map=x', layers: 'topo' });
    const url = new URL(upstreamTileUrl(config, null, 0, 0, 0) ?? '');
    expect(url.searchParams.get('map')).toBe('x');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ SERVICE: 'WMS', REQUEST: 'GetMap', VERSION: '1.3.0', LAYERS: 'topo', CRS: 'EPSG:3857', WIDTH: '256', HEIGHT: '256' });
    expect(url.searchParams.get('BBOX')).toBe('-20037508.343,-20037508.343,20037508.343,20037508.343');
  });

  it('asks a SWEREF 99 TM WMS 1.3.0 in the northing-first axis order, cut in Lantmäteriet’s grid', () => {
    const config = WmsConfig.parse({ type: 'wms', name: 'W', url: 'https://w.example/wms', layers: 'topo', crs: 'EPSG:3006' });
    // Level 0: 4096 m/px × 256 px = 1 048 576 m per tile from (-1 200 000, 8 500 000).
    const url = new URL(upstreamTileUrl(config, null, 0, 1, 0) ?? '');
    expect(url.searchParams.get('BBOX')).toBe('7451424,-151424,8500000,897152');
    const v111 = new URL(upstreamTileUrl({ ...config, version: '1.1.1' }, null, 0, 1, 0) ?? '');
    expect(v111.searchParams.get('SRS')).toBe('EPSG:3006');
    expect(v111.searchParams.get('BBOX')).toBe('-151424,7451424,897152,8500000');
  });

  it('fills a WMTS REST template and builds a KVP GetTile', () => {
    const rest = WmtsConfig.parse({ type: 'wmts', name: 'T', url: 'https://m.example/{api_key}/{TileMatrixSet}/{TileMatrix}/{TileRow}/{TileCol}.png', layer: 'topowebb', tile_matrix_set: '3006', crs: 'EPSG:3006', grid: { resolutions: [4096, 2048], origin: [-1200000, 8500000] } });
    expect(upstreamTileUrl(rest, { api_key: 'k', username: null, password: null }, 1, 2, 3)).toBe('https://m.example/k/3006/1/3/2.png');
    const kvp = WmtsConfig.parse({ type: 'wmts', name: 'T', url: 'https://m.example/wmts', layer: 'topo', tile_matrix_set: 'g', crs: 'EPSG:3006', grid: { resolutions: [4096, 2048], origin: [-1200000, 8500000] } });
    const url = new URL(upstreamTileUrl(kvp, null, 1, 2, 3) ?? '');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ SERVICE: 'WMTS', REQUEST: 'GetTile', LAYER: 'topo', TILEMATRIXSET: 'g', TILEMATRIX: '1', TILEROW: '3', TILECOL: '2' });
    // Beyond the grid's levels: no such tile.
    expect(upstreamTileUrl(kvp, null, 2, 0, 0)).toBeNull();
  });
});

describe('fetching a tile from its service', () => {
  it('passes on a raster image, and says why for everything else', async () => {
    const ok = await fetchTile(`${base}/ok/1.png`, null);
    expect(ok.ok && ok.type).toBe('image/png');
    expect(ok.ok && ok.body.equals(PNG)).toBe(true);
    expect(await fetchTile(`${base}/forbidden/1.png`, null)).toEqual({ ok: false, status: 502, reason: 'refused' });
    expect(await fetchTile(`${base}/broken/1.png`, null)).toEqual({ ok: false, status: 502, reason: 'upstream_error' });
    expect(await fetchTile(`${base}/html/1.png`, null)).toEqual({ ok: false, status: 502, reason: 'not_image' });
    // Says it is a PNG but is not one: the bytes decide.
    expect(await fetchTile(`${base}/liar/1.png`, null)).toEqual({ ok: false, status: 502, reason: 'not_image' });
    expect(await fetchTile(`${base}/huge/1.png`, null)).toEqual({ ok: false, status: 502, reason: 'too_large' });
    expect(await fetchTile(`${base}/slow/1.png`, null, { timeoutMs: 300 })).toEqual({ ok: false, status: 504, reason: 'timeout' });
    expect(await fetchTile('file:///etc/passwd', null)).toEqual({ ok: false, status: 502, reason: 'unreachable' });
    // A closed port: nobody there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await fetchTile(`http://127.0.0.1:${port}/x.png`, null)).toEqual({ ok: false, status: 502, reason: 'unreachable' });
  });
});

describe('remembered failures', () => {
  it('answers a failed tile again for a while, then asks afresh; bounded', () => {
    let now = 0;
    const failures = new TileFetches(1_000, 2, () => now);
    const refused = { ok: false as const, status: 502 as const, reason: 'refused' as const };
    failures.remember('1.1/0/0/0', refused);
    failures.remember('1.1/0/0/1', { ok: true, body: PNG, type: 'image/png', cache: '' });
    expect(failures.get('1.1/0/0/0')).toEqual(refused);
    expect(failures.get('1.1/0/0/1')).toBeNull();
    failures.remember('1.1/0/0/2', refused);
    failures.remember('1.1/0/0/3', refused);
    expect(failures.get('1.1/0/0/0')).toBeNull(); // the oldest went
    now = 1_001;
    expect(failures.get('1.1/0/0/3')).toBeNull();
  });

  it('shares one fetch of a tile among those asking while it is under way; a good tile is fetched afresh after', async () => {
    const fetches = new TileFetches();
    let started = 0;
    let finish: (a: TileAnswer) => void = () => undefined;
    const fetch = (): Promise<TileAnswer> => {
      started++;
      return new Promise((resolve) => (finish = resolve));
    };
    const asked = [fetches.once('1.1/0/0/0', fetch), fetches.once('1.1/0/0/0', fetch), fetches.once('1.1/0/0/1', fetch)];
    expect(started).toBe(2);
    finish({ ok: true, body: PNG, type: 'image/png', cache: '' });
    const good = { ok: true as const, body: PNG, type: 'image/png', cache: '' };
    expect(await asked[2]).toEqual(good);
    void fetches.once('1.1/0/0/1', fetch);
    expect(started).toBe(3);
  });
});

describe('the tile route for a service layer', () => {
  it('serves the service’s tile with the key put in by the server; the key never reaches a seat', async () => {
    const b = await newBoard({ verifyOnOpen: false });
    const roots = { renderer: tempDir(), resources: null, tiles: b.core.tile.bind(b.core) };
    const layer = await b.call('map.layers.add', { config: { type: 'xyz', name: 'Egen', url: `${base}/ok/{api_key}/{z}/{x}/{y}.png` }, secret: { api_key: SECRET, username: 'stab', password: 'lösen' } });
    expect(layer.tile_url).toBe('/tiles/1/{z}/{x}/{y}');

    const tile = await readStatic(roots, '/tiles/1/3/4/2');
    expect(tile.status).toBe(200);
    expect(tile.headers['Content-Type']).toBe('image/png');
    expect(Buffer.from(tile.body).equals(PNG)).toBe(true);
    const asked = seen.at(-1);
    expect(asked?.url).toBe(`/ok/${encodeURIComponent(SECRET)}/3/4/2.png`);
    expect(asked?.auth).toBe(`Basic ${Buffer.from('stab:lösen').toString('base64')}`);
    expect(JSON.stringify(tile.headers)).not.toContain(encodeURIComponent(SECRET));

    // What the seats get of the layer: no key, no user name, no password.
    for (const caller of [staff(), wall()]) {
      const list = JSON.stringify(await b.core.dispatch('map.layers.list', {}, caller));
      for (const s of [SECRET, encodeURIComponent(SECRET), 'stab', 'lösen']) expect(list).not.toContain(s);
    }

    // A failing service: an error status and the reason's code alone, never the address.
    await b.call('map.layers.add', { config: { type: 'xyz', name: 'Trasig', url: `${base}/forbidden/{api_key}/{z}/{x}/{y}.png` }, secret: { api_key: SECRET } });
    const refused = await readStatic(roots, '/tiles/2/3/4/2');
    expect(refused.status).toBe(502);
    expect(String(refused.body)).toBe('refused');
    // Asked again (the page asks why; Leaflet retries): the failure is remembered, the service left alone.
    const requests = seen.length;
    expect(String((await readStatic(roots, '/tiles/2/3/4/2')).body)).toBe('refused');
    expect(seen.length).toBe(requests);
    expect(await readStatic(roots, '/tiles/2/3/8/2')).toMatchObject({ status: 404 });
    expect(await readStatic(roots, '/tiles/9/3/4/2')).toMatchObject({ status: 404 });
    b.core.close();
  });
});
