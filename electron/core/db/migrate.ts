import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations/index.js';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a file written by a newer Samlad: its schema is unknown here, so nothing may touch it. */
export function assertNotTooNew(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const found = schemaVersion(db);
  const supported = migrations[migrations.length - 1]?.version ?? 0;
  if (found > supported) {
    throw new ApiError(
      'board_too_new',
      `board file has schema version ${found}; this version of Samlad supports up to ${supported}`,
      { found, supported },
    );
  }
}

/**
 * Brings the file up to the latest schema: all pending migrations in one IMMEDIATE transaction,
 * so a file is either fully migrated or untouched. Returns the version after migrating.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  assertNotTooNew(db, migrations);
  const run = db.transaction(() => {
    // Read again inside the write lock: another process may have migrated meanwhile.
    const current = schemaVersion(db);
    for (const m of migrations) {
      if (m.version <= current) continue;
      m.up(db);
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
  });
  run.immediate();
  return schemaVersion(db);
}
