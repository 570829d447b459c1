import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { assertNotTooNew, migrate, schemaVersion } from '../../electron/core/db/migrate.js';
import type { Migration } from '../../electron/core/db/migration.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations/index.js';
import { migration0001 } from '../../electron/core/db/migrations/0001-initial.js';
import { openBoardDb } from '../../electron/core/db/open.js';
import { ApiError } from '../../shared/api/errors.js';
import { newBoard } from './helpers.js';

describe('migrations', () => {
  it('are numbered in rising order with gaps (0001 from 0.1, then 0010, 0020 …), the last being the latest', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    // 75 was released off the tens: boards carry it, so it is never renumbered.
    for (const v of versions.slice(1)) if (v !== 75) expect(v % 10).toBe(0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('takes a board written at version 75 (the report recipients) on to the latest, its recipients kept', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.filter((m) => m.version <= 75))).toBe(75);
    db.prepare("INSERT INTO report_recipient (id, name, folder, removed, record_seq) VALUES (1, 'Sandviken', '/srv/ut', 0, 1)").run();
    expect(migrate(db, MIGRATIONS)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT name FROM report_recipient').all()).toEqual([{ name: 'Sandviken' }]);
    db.close();
  });

  it('0001-initial creates the board, the journal with its guards and the full-text index', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [migration0001])).toBe(1);
    const names = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type IN ('table', 'trigger') ORDER BY name").all().map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['board', 'journal_entry', 'journal_fts', 'journal_entry_no_update', 'journal_entry_no_delete', 'journal_entry_fts']));
    // Applying again changes nothing.
    expect(migrate(db, [migration0001])).toBe(1);
    db.close();
  });

  it('runs all pending migrations in one transaction: a failing one leaves the file as it was', () => {
    const db = new Database(':memory:');
    const failing: Migration = {
      version: 2,
      name: 'fails',
      up(d) {
        d.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [migration0001, failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name IN ('board', 'half_done')").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file written by a newer version, with a clear error, and leaves it untouched', async () => {
    const b = await newBoard();
    b.core.close();
    const raw = new Database(b.path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    let error: unknown;
    try {
      openBoardDb(b.path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('board_too_new');
    expect((error as ApiError).details).toEqual({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
    const check = new Database(b.path, { readonly: true });
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(() => assertNotTooNew(check)).toThrow(ApiError);
    check.close();
  });

  it('sets the storage pragmas on every writable open', async () => {
    const b = await newBoard();
    b.core.close();
    const { db } = openBoardDb(b.path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
