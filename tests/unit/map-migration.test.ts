import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.js';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.js';
import { migration0040 } from '../../electron/core/db/migrations/0040-map.js';

describe('migration 0040-map', () => {
  it('adds the map tables (STRICT), the replay index, and keeps feature versions append-only', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.filter((m) => m.version < 40))).toBe(30);
    expect(migrate(db, MIGRATIONS)).toBe(40);
    for (const table of ['map_feature_version', 'map_feature', 'map_layer', 'map_layer_secret']) {
      const sql = db.prepare<[string], string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table);
      expect(sql, table).toMatch(/\)\s*STRICT$/);
    }
    const indexes = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name LIKE 'map_%'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['map_feature_version_replay', 'map_feature_version_at', 'map_feature_changed']));
    // Replay's inner query is answered from an index alone; "changed since" is a range of another.
    const plan = (sql: string): string =>
      db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((p) => p.detail)
        .join(' ');
    expect(plan("SELECT id, max(version) FROM map_feature_version WHERE changed_at <= '2026' GROUP BY id")).toContain('COVERING INDEX map_feature_version_replay');
    expect(plan("SELECT DISTINCT id FROM map_feature_version WHERE changed_at > '2026' AND changed_at <= '2027' ORDER BY id")).toContain('map_feature_version_at');

    db.prepare(
      `INSERT INTO map_feature_version (record_seq, id, version, change, kind, geometry, title, category, status, created_by, created_at, changed_by, changed_at)
       VALUES (2, 1, 1, 'created', 'point', '{}', 'A', 'brand', 'active', 'X', 't', 'X', 't')`,
    ).run();
    expect(() => db.exec("UPDATE map_feature_version SET title = 'B'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM map_feature_version')).toThrow(/append-only/);
    // STRICT: a wrong type is refused, not stored.
    expect(() => db.exec("INSERT INTO map_layer (id, version, type, config, has_secret, changed_by, changed_at, record_seq) VALUES ('x', 1, 'xyz', '{}', 0, 'X', 't', 1)")).toThrow();
    expect(migration0040.version).toBe(40);
    db.close();
  });
});
