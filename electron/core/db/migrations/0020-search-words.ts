import { searchWords } from '../../journal/search-words.js';
import type { Migration } from '../migration.js';

/**
 * Search finds words written with punctuation inside ("eon" finds "E.ON"): journal_entry gets
 * search_words (each such word joined up, see journal/search-words.ts), filled for every entry,
 * and the full-text index gets it as a third column and is rebuilt.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'search-words',
  up(db) {
    db.exec(`
      ALTER TABLE journal_entry ADD COLUMN search_words TEXT NOT NULL DEFAULT '';
      DROP TRIGGER journal_entry_no_update;
      DROP TRIGGER journal_entry_fts;
      DROP TABLE journal_fts;
    `);
    const rows = db.prepare<[], { seq: number; text: string; actor: string | null }>('SELECT seq, text, actor FROM journal_entry').iterate();
    const fill: [string, number][] = [];
    for (const r of rows) {
      const words = searchWords(r.text, r.actor);
      if (words !== '') fill.push([words, r.seq]);
    }
    const update = db.prepare('UPDATE journal_entry SET search_words = ? WHERE seq = ?');
    for (const [words, seq] of fill) update.run(words, seq);
    db.exec(`
      CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
      BEGIN SELECT RAISE(ABORT, 'journal is append-only: entries cannot be changed'); END;

      -- Case-insensitive, but å ä ö stay distinct from a and o (remove_diacritics 0).
      CREATE VIRTUAL TABLE journal_fts USING fts5 (
        text, actor, search_words,
        content = 'journal_entry', content_rowid = 'sort_key',
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE TRIGGER journal_entry_fts AFTER INSERT ON journal_entry
      BEGIN INSERT INTO journal_fts (rowid, text, actor, search_words) VALUES (new.sort_key, new.text, new.actor, new.search_words); END;
      INSERT INTO journal_fts (journal_fts) VALUES ('rebuild');
    `);
  },
};
