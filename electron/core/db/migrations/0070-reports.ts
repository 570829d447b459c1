import type { Migration } from '../migration.js';

/** Lägesrapporter: ours (drafts and frozen ones, and where each was sent) and neighbours' received. */
export const migration0070: Migration = {
  version: 70,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE report (
        number       INTEGER PRIMARY KEY,
        -- The report's body as canonical JSON (facts and the nine sections' texts).
        body         TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        created_by   TEXT NOT NULL,
        frozen_at    TEXT,
        frozen_by    TEXT,
        content_hash TEXT,
        head_seq     INTEGER,
        head_hash    TEXT,
        record_seq   INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE report_sent (
        record_seq INTEGER PRIMARY KEY,
        number     INTEGER NOT NULL,
        recipient  TEXT NOT NULL,
        file       TEXT NOT NULL,
        format     TEXT NOT NULL,
        sent_at    TEXT NOT NULL,
        "by"       TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_received (
        id           INTEGER PRIMARY KEY,
        sender_board TEXT NOT NULL,
        sender       TEXT NOT NULL,
        number       INTEGER NOT NULL,
        document     TEXT NOT NULL,
        received_at  TEXT NOT NULL,
        received_by  TEXT NOT NULL,
        record_seq   INTEGER NOT NULL,
        UNIQUE (sender_board, number)
      ) STRICT;
    `);
  },
};
