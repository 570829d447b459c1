import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyBoardFile } from '../../electron/core/core.js';
import { newBoard } from './helpers.js';

const point = { type: 'Point' as const, coordinates: [18.0686, 59.3293] as [number, number] };

/** A board with one feature in two versions and one layer, closed. */
async function mapBoard() {
  const b = await newBoard({ verifyOnOpen: false });
  await b.call('map.create', { geometry: point, title: 'Storgatan', category: 'avsparrning' });
  await b.call('map.change', { id: 1, version: 1, title: 'Storgatan norra' });
  await b.call('map.create', { geometry: point, title: 'Torget', category: 'uppsamlingsplats' });
  await b.call('map.layers.add', { config: { type: 'xyz', name: 'Topo', url: 'https://example.test/{z}/{x}/{y}.png' }, secret: { api_key: 'hemlig' } });
  b.core.close();
  return b;
}

function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec('DROP TRIGGER IF EXISTS map_feature_version_no_update; DROP TRIGGER IF EXISTS map_feature_version_no_delete;');
  db.exec(sql);
  db.close();
}

describe('verify rebuilds the map projections from the record', () => {
  it('passes an untouched board', async () => {
    const b = await mapBoard();
    expect(verifyBoardFile(b.path)).toMatchObject({ ok: true, first_bad: null });
  });

  it.each([
    ['a current title changed', "UPDATE map_feature SET title = 'Falsk' WHERE id = 1", { problem: 'projection_mismatch', table: 'map_feature', key: 'id=1', column: 'title' }],
    ['a current geometry moved', `UPDATE map_feature SET geometry = '{"coordinates":[18,59],"type":"Point"}' WHERE id = 2`, { problem: 'projection_mismatch', table: 'map_feature', key: 'id=2', column: 'geometry' }],
    ['an old version rewritten', "UPDATE map_feature_version SET status = 'ended' WHERE id = 1 AND version = 1", { problem: 'projection_mismatch', table: 'map_feature_version', column: 'status' }],
    ['a version removed', 'DELETE FROM map_feature_version WHERE id = 1 AND version = 2', { problem: 'projection_missing', table: 'map_feature_version' }],
    ['a current feature removed', 'DELETE FROM map_feature WHERE id = 2', { problem: 'projection_missing', table: 'map_feature', key: 'id=2' }],
    [
      'a feature no record explains',
      `INSERT INTO map_feature SELECT 9, version, kind, geometry, title, description, category, status, actor, valid_from, valid_until, created_by, created_at, changed_by, changed_at, record_seq FROM map_feature WHERE id = 1`,
      { problem: 'projection_extra', table: 'map_feature', key: 'id=9' },
    ],
    ['a layer URL changed', `UPDATE map_layer SET config = replace(config, 'example.test', 'evil.test')`, { problem: 'projection_mismatch', table: 'map_layer', column: 'config' }],
    ['a secret for a layer that has none', "INSERT INTO map_layer_secret (layer_id, api_key) VALUES (7, 'x')", { problem: 'projection_extra', table: 'map_layer_secret' }],
  ])('catches %s', async (_name, sql, where) => {
    const b = await mapBoard();
    tamper(b.path, sql);
    const result = verifyBoardFile(b.path);
    expect(result.ok).toBe(false);
    expect(result.first_bad).toMatchObject(where);
  });
});

describe('a geometry stored as canonical JSON', () => {
  it('is written exactly as RFC 8785 would write it', async () => {
    const { geometryJson } = await import('../../electron/core/map/feature-row.js');
    const { canonicalJsonOf } = await import('../../electron/core/db/canonical-json.js');
    const geometries = [
      { type: 'Point' as const, coordinates: [-0, 1e-7, 123456789.125] as [number, number, number] },
      { type: 'Polygon' as const, coordinates: [[[18, 59], [18.1, 59], [18.1, 59.1], [18, 59]]] as [number, number][][] },
    ];
    for (const g of geometries) expect(geometryJson(g)).toBe(canonicalJsonOf(g));
  });
});
