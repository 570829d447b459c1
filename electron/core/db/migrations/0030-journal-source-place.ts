import type { Migration } from '../migration.js';

/**
 * Journal entries get `source` (what an automatic entry is about: "map/17", written by a
 * capability beside its own record) and `place` (a point given on the map, as canonical JSON).
 * Both are null for every entry before them, whose records carry neither.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'journal-source-place',
  up(db) {
    db.exec(`
      ALTER TABLE journal_entry ADD COLUMN source TEXT;
      ALTER TABLE journal_entry ADD COLUMN place TEXT;
      -- "Only automatic entries" walks this small index in list order.
      CREATE INDEX journal_entry_automatic ON journal_entry (sort_key) WHERE source IS NOT NULL;
    `);
  },
};
