import type { Migration } from '../migration.js';

/**
 * The lägesrapport's address book: who gets a copy, in which outbox folder (a projection).
 * Version 75, off the tens: boards were written with it, so it keeps its number for good.
 */
export const migration0075: Migration = {
  version: 75,
  name: 'report-recipients',
  up(db) {
    db.exec(`
      CREATE TABLE report_recipient (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        folder     TEXT NOT NULL,
        removed    INTEGER NOT NULL CHECK (removed IN (0, 1)),
        record_seq INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
