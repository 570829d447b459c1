import type { Migration } from '../migration.js';

/** The wall display's configuration (a projection of wall.configured): one row, the latest. */
export const migration0100: Migration = {
  version: 100,
  name: 'wall',
  up(db) {
    db.exec(`
      CREATE TABLE wall_config (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        panels         TEXT NOT NULL,
        mode           TEXT NOT NULL,
        per_view       INTEGER NOT NULL,
        rotate_seconds INTEGER NOT NULL,
        palette        TEXT NOT NULL,
        changed_by     TEXT NOT NULL,
        changed_at     TEXT NOT NULL,
        record_seq     INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
