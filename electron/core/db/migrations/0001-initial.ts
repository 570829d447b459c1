import type { Migration } from '../migration.js';

/**
 * The board's first schema: the board's own details and the append-only, hash-chained journal
 * with its full-text index.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE board (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        board_id    TEXT NOT NULL,
        name        TEXT NOT NULL,
        kommun_code TEXT NOT NULL,
        kommun_name TEXT NOT NULL,
        exercise    INTEGER NOT NULL CHECK (exercise IN (0, 1)),
        mode        TEXT NOT NULL CHECK (mode IN ('ordinary', 'activated')),
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE journal_entry (
        seq               INTEGER PRIMARY KEY,
        kind              TEXT NOT NULL CHECK (kind IN ('decision', 'action', 'information', 'incoming', 'outgoing', 'call')),
        text              TEXT NOT NULL,
        actor             TEXT,
        occurred_at       TEXT NOT NULL,
        recorded_at       TEXT NOT NULL,
        significant       INTEGER NOT NULL CHECK (significant IN (0, 1)),
        corrects          INTEGER REFERENCES journal_entry (seq),
        correction_reason TEXT,
        prev_hash         TEXT NOT NULL,
        hash              TEXT NOT NULL,
        -- List order, derived from hashed fields: whole seconds of occurred_at × 1e9 + seq. Newest
        -- first is ORDER BY sort_key DESC, and it is the full-text index's rowid, so a search
        -- walks its hits already in list order instead of sorting them.
        sort_key          INTEGER NOT NULL,
        CHECK ((corrects IS NULL) = (correction_reason IS NULL))
      ) STRICT;

      -- An entry is corrected at most once; a later correction corrects the correction.
      CREATE UNIQUE INDEX journal_entry_corrects ON journal_entry (corrects) WHERE corrects IS NOT NULL;
      CREATE UNIQUE INDEX journal_entry_sort ON journal_entry (sort_key);
      -- Filters: each walks its own index in list order and, with the other filter columns in
      -- the index, pages and counts without touching the rows.
      CREATE INDEX journal_entry_kind ON journal_entry (kind, sort_key, significant, actor);
      CREATE INDEX journal_entry_actor ON journal_entry (actor, sort_key, significant, kind);
      CREATE INDEX journal_entry_significant ON journal_entry (sort_key) WHERE significant = 1;

      -- The journal is the record: nothing in it is ever changed or removed.
      CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
      BEGIN SELECT RAISE(ABORT, 'journal is append-only: entries cannot be changed'); END;
      CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
      BEGIN SELECT RAISE(ABORT, 'journal is append-only: entries cannot be deleted'); END;

      -- Case-insensitive, but å ä ö stay distinct from a and o (remove_diacritics 0).
      CREATE VIRTUAL TABLE journal_fts USING fts5 (
        text, actor,
        content = 'journal_entry', content_rowid = 'sort_key',
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TRIGGER journal_entry_fts AFTER INSERT ON journal_entry
      BEGIN INSERT INTO journal_fts (rowid, text, actor) VALUES (new.sort_key, new.text, new.actor); END;
    `);
  },
};
