import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSeatServer } from '../../electron/seats/server.js';
import { readStatic } from '../../electron/seats/static-files.js';
import type { RoutedEvent } from '../../electron/core/index.js';
import type { Layer } from '../../shared/map/layer.js';
import { staff, wall } from '../callers.js';
import { newBoard, tempDir } from './helpers.js';

const SECRET = 'hemlig-nyckel-123';
const topo = { type: 'wmts' as const, name: 'Topowebb', url: 'https://api.example.test/wmts/{api_key}', layer: 'topowebb', tile_matrix_set: '3006', crs: 'EPSG:3006' as const, grid: { resolutions: [4096, 2048, 1024], origin: [-1200000, 8500000] as [number, number] } };

// A 1×1 PNG; each tile gets its own tail so the test can tell which one it was served.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const tileBytes = (z: number, x: number, tmsY: number): Buffer => Buffer.concat([PNG, Buffer.from(`tile ${z}/${x}/${tmsY}`)]);

/** A small MBTiles pack: zoom 0 and 1, rows in TMS order, as the spec says. */
function buildPack(dir: string, format = 'png', data: (z: number, x: number, y: number) => Buffer = tileBytes): string {
  const file = join(dir, 'pack.mbtiles');
  const db = new Database(file);
  db.exec('CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);');
  db.prepare('INSERT INTO metadata VALUES (?, ?)').run('name', 'Testpaket');
  db.prepare('INSERT INTO metadata VALUES (?, ?)').run('format', format);
  const insert = db.prepare('INSERT INTO tiles VALUES (?, ?, ?, ?)');
  insert.run(0, 0, 0, data(0, 0, 0));
  for (const x of [0, 1]) for (const y of [0, 1]) insert.run(1, x, y, data(1, x, y));
  db.close();
  return file;
}

/** The stored key of a layer, read beside the server (the API never gives it). */
function layerSecretOf(path: string, id: number): string | undefined {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[number], string>('SELECT api_key FROM map_layer_secret WHERE layer_id = ?').pluck().get(id);
  } finally {
    db.close();
  }
}

describe('background layers and their secrets', () => {
  it('never gives the secret to any seat, staff or wall, in a list, a reply or an event', async () => {
    const b = await newBoard({ verifyOnOpen: false });
    const events: RoutedEvent[] = [];
    b.core.onEvent((e) => events.push(e));
    const added = await b.call('map.layers.add', { config: topo, secret: { api_key: SECRET, username: 'stab' } });
    expect(added).toMatchObject({ id: 1, version: 1, has_secret: true, tile_url: '/tiles/1/{z}/{x}/{y}' });
    expect(JSON.stringify(added)).not.toContain(SECRET);

    const asStaff = await b.core.dispatch('map.layers.list', {}, staff());
    const asWall = await b.core.dispatch('map.layers.list', {}, wall());
    expect(asStaff.ok && (asStaff.result as { layers: Layer[] }).layers[0]).toMatchObject({ has_secret: true });
    expect(JSON.stringify(asStaff)).not.toContain(SECRET);
    expect(JSON.stringify(asStaff)).not.toContain('stab');
    expect(JSON.stringify(asWall)).not.toContain(SECRET);

    await b.call('map.layers.change', { id: 1, version: 1, config: { ...topo, name: 'Topowebb 2' } });
    const layerEvents = events.filter((e) => e.event === 'map.layer');
    expect(layerEvents.length).toBe(2);
    expect(layerEvents.every((e) => e.roles.includes('staff') && e.roles.includes('wall'))).toBe(true);
    expect(JSON.stringify(layerEvents)).not.toContain(SECRET);

    const wallWrites = await b.core.dispatch('map.layers.add', { config: topo }, wall());
    expect(wallWrites).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    b.core.close();

    // Not in the record (an allmän handling, never deleted), nor in the kept replies of writes.
    const db = new Database(b.path, { readonly: true });
    const recorded = db.prepare<[], string>('SELECT payload FROM record').pluck().all().join('\n');
    const replies = db.prepare<[], string>('SELECT result FROM op').pluck().all().join('\n');
    expect(recorded).toContain('Topowebb 2');
    expect(recorded).not.toContain(SECRET);
    expect(replies).not.toContain(SECRET);
    db.close();
  });

  it('keeps a secret through a change that leaves it out, and removes it when told', async () => {
    const b = await newBoard({ verifyOnOpen: false });
    await b.call('map.layers.add', { config: topo, secret: { api_key: SECRET } });
    await b.call('map.layers.change', { id: 1, version: 1, config: { ...topo, opacity: 0.5 } });
    expect((await b.call('map.layers.list', {})).layers[0]).toMatchObject({ version: 2, has_secret: true });
    expect(layerSecretOf(b.path, 1)).toBe(SECRET);
    await b.call('map.layers.change', { id: 1, version: 2, secret: null });
    expect((await b.call('map.layers.list', {})).layers[0]).toMatchObject({ version: 3, has_secret: false });
    expect(layerSecretOf(b.path, 1)).toBeUndefined();
    await expect(b.call('map.layers.change', { id: 1, version: 2, secret: null })).rejects.toMatchObject({ reply: { code: 'version_conflict' } });
    await b.call('map.layers.remove', { id: 1, version: 3 });
    expect((await b.call('map.layers.list', {})).layers).toEqual([]);
    // A removed layer's number is not given again.
    expect((await b.call('map.layers.add', { config: topo })).id).toBe(2);
    b.core.close();
  });

  it('refuses an EPSG:3006 WMTS layer without its tile grid', async () => {
    const b = await newBoard({ verifyOnOpen: false });
    await expect(b.call('map.layers.add', { config: { ...topo, grid: null } })).rejects.toMatchObject({ reply: { code: 'validation' } });
    await expect(b.call('map.layers.add', { config: { type: 'xyz', name: 'X', url: 'file:///etc/passwd' } })).rejects.toMatchObject({ reply: { code: 'validation' } });
    b.core.close();
  });
});

describe('MBTiles layers', () => {
  it('serves a pack’s raster tiles at /tiles/<layer>/<z>/<x>/<y>, y flipped from TMS', async () => {
    const dir = tempDir();
    const file = buildPack(dir);
    const b = await newBoard({ verifyOnOpen: false });
    const layer = await b.call('map.layers.add', { config: { type: 'mbtiles', name: 'Offline', file } });
    expect(layer.tile_url).toBe('/tiles/1/{z}/{x}/{y}');
    const roots = { renderer: dir, resources: null, tiles: b.core.tile.bind(b.core) };

    const top = await readStatic(roots, '/tiles/1/0/0/0');
    expect(top.status).toBe(200);
    expect(top.headers['Content-Type']).toBe('image/png');
    expect(Buffer.from(top.body).equals(tileBytes(0, 0, 0))).toBe(true);
    // XYZ y=0 is the northern row: TMS row 1 at zoom 1.
    const north = await readStatic(roots, '/tiles/1/1/1/0');
    expect(Buffer.from(north.body).equals(tileBytes(1, 1, 1))).toBe(true);
    const south = await readStatic(roots, '/tiles/1/1/0/1.png');
    expect(Buffer.from(south.body).equals(tileBytes(1, 0, 0))).toBe(true);

    // The seat server serves the same route, without a token, like the rest of the static files.
    const server = await startSeatServer({ core: b.core, rendererDir: dir });
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/tiles/1/0/0/0`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).equals(tileBytes(0, 0, 0))).toBe(true);
    } finally {
      await server.close();
    }

    for (const path of ['/tiles/1/1/2/0', '/tiles/1/5/0/0', '/tiles/2/0/0/0', '/tiles/1/0/0/-1', '/tiles/1/0/0/0/../../x', '/tiles/x/0/0/0']) {
      expect((await readStatic(roots, path)).status, path).toBe(404);
    }
    b.core.close();
  });

  it('refuses a file that is not a readable MBTiles pack of raster tiles, and says why', async () => {
    const dir = tempDir();
    const b = await newBoard({ verifyOnOpen: false });
    const add = (file: string) => b.call('map.layers.add', { config: { type: 'mbtiles', name: 'Offline', file } });
    const text = join(dir, 'text.mbtiles');
    writeFileSync(text, 'inte en databas');
    const empty = join(dir, 'empty.mbtiles');
    const emptyDb = new Database(empty);
    emptyDb.exec('CREATE TABLE x (y)');
    emptyDb.close();
    const vectorDir = tempDir();
    const vector = buildPack(vectorDir, 'pbf', () => Buffer.from([0x1f, 0x8b, 0x08, 0x00]));

    await expect(add(join(dir, 'missing.mbtiles'))).rejects.toMatchObject({ reply: { code: 'layer_invalid', details: { reason: 'the file does not exist or cannot be read' } } });
    await expect(add('relative/pack.mbtiles')).rejects.toMatchObject({ reply: { code: 'layer_invalid', details: { reason: 'the path must be absolute' } } });
    await expect(add(text)).rejects.toMatchObject({ reply: { code: 'layer_invalid' } });
    await expect(add(empty)).rejects.toMatchObject({ reply: { code: 'layer_invalid', details: { reason: 'no metadata and tiles tables (not an MBTiles file)' } } });
    await expect(add(vector)).rejects.toMatchObject({ reply: { code: 'layer_invalid', details: { reason: 'its tiles are pbf, not raster images (png, jpg, webp)' } } });
    expect((await b.call('map.layers.list', {})).layers).toEqual([]);
    b.core.close();
  });
});
