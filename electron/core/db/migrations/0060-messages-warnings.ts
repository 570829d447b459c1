import type { Migration } from '../migration.js';

/**
 * Joint messages (every version, and what each actor said about each version) and incoming CAP
 * warnings. All are projections of their records (messages/projection.ts, warnings/projection.ts).
 */
export const migration0060: Migration = {
  version: 60,
  name: 'messages-warnings',
  up(db) {
    db.exec(`
      CREATE TABLE message (
        id                 INTEGER PRIMARY KEY,
        template           TEXT NOT NULL,
        kind               TEXT NOT NULL CHECK (kind IN ('Alert', 'Update', 'Cancel')),
        replaces           INTEGER,
        -- JSON array of actor names whose approval publishing needs.
        required_actors    TEXT NOT NULL,
        created_at         TEXT NOT NULL,
        created_by         TEXT NOT NULL,
        published_version  INTEGER,
        published_at       TEXT,
        published_by       TEXT,
        published_channels TEXT,
        record_seq         INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX message_replaces ON message (replaces) WHERE replaces IS NOT NULL;

      CREATE TABLE message_version (
        message    INTEGER NOT NULL,
        version    INTEGER NOT NULL,
        -- The version's content as canonical JSON (as in its record).
        content    TEXT NOT NULL,
        saved_at   TEXT NOT NULL,
        saved_by   TEXT NOT NULL,
        record_seq INTEGER NOT NULL,
        PRIMARY KEY (message, version)
      ) STRICT;

      CREATE TABLE message_approval (
        record_seq  INTEGER PRIMARY KEY,
        message     INTEGER NOT NULL,
        version     INTEGER NOT NULL,
        actor       TEXT NOT NULL,
        decision    TEXT NOT NULL CHECK (decision IN ('approved', 'change_requested')),
        comment     TEXT,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX message_approval_version ON message_approval (message, version, actor);

      CREATE TABLE warning (
        id          INTEGER PRIMARY KEY,
        identifier  TEXT NOT NULL,
        sender      TEXT NOT NULL,
        sent        TEXT NOT NULL,
        -- The alert's essence as canonical JSON (as in its record).
        alert       TEXT NOT NULL,
        valid       INTEGER NOT NULL CHECK (valid IN (0, 1)),
        file_name   TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('active', 'updated', 'cancelled')),
        replaced_by INTEGER,
        record_seq  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX warning_alert ON warning (sender, identifier, sent);
    `);
  },
};
