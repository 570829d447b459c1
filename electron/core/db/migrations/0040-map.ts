import type { Migration } from '../migration.js';

/**
 * The map: features (every version, for history and replay, and the current one of each), and the
 * background layers. All three are projections of the map's records (electron/core/map/). A
 * layer's secret (API key, user name, password) is kept beside them, never in the record: see
 * shared/map/layer.ts.
 */
export const migration0040: Migration = {
  version: 40,
  name: 'map',
  up(db) {
    db.exec(`
      CREATE TABLE map_feature_version (
        record_seq  INTEGER PRIMARY KEY,
        id          INTEGER NOT NULL,
        version     INTEGER NOT NULL,
        change      TEXT NOT NULL CHECK (change IN ('created', 'changed', 'ended')),
        kind        TEXT NOT NULL,
        geometry    TEXT NOT NULL,
        title       TEXT NOT NULL,
        description TEXT,
        category    TEXT NOT NULL,
        status      TEXT NOT NULL,
        actor       TEXT,
        valid_from  TEXT,
        valid_until TEXT,
        created_by  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        changed_by  TEXT NOT NULL,
        changed_at  TEXT NOT NULL,
        UNIQUE (id, version)
      ) STRICT;
      -- Replay: the latest version of each feature written at or before a moment, read from this
      -- index alone, feature by feature.
      CREATE INDEX map_feature_version_replay ON map_feature_version (id, version, changed_at);
      -- What changed since a moment (the last samverkanskonferens): a range of this index.
      CREATE INDEX map_feature_version_at ON map_feature_version (changed_at, id);

      CREATE TABLE map_feature (
        id          INTEGER PRIMARY KEY,
        version     INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        geometry    TEXT NOT NULL,
        title       TEXT NOT NULL,
        description TEXT,
        category    TEXT NOT NULL,
        status      TEXT NOT NULL,
        actor       TEXT,
        valid_from  TEXT,
        valid_until TEXT,
        created_by  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        changed_by  TEXT NOT NULL,
        changed_at  TEXT NOT NULL,
        record_seq  INTEGER NOT NULL
      ) STRICT;
      -- "Changed since the last samverkanskonferens" among the live features.
      CREATE INDEX map_feature_changed ON map_feature (changed_at);

      CREATE TABLE map_layer (
        id          INTEGER PRIMARY KEY,
        version     INTEGER NOT NULL,
        type        TEXT NOT NULL,
        config      TEXT NOT NULL,
        has_secret  INTEGER NOT NULL CHECK (has_secret IN (0, 1)),
        changed_by  TEXT NOT NULL,
        changed_at  TEXT NOT NULL,
        record_seq  INTEGER NOT NULL
      ) STRICT;

      -- Not evidence, not in the record: the layer's credentials, removed with the layer.
      CREATE TABLE map_layer_secret (
        layer_id    INTEGER PRIMARY KEY,
        api_key     TEXT,
        username    TEXT,
        password    TEXT
      ) STRICT;

      -- Versions are evidence: never changed or removed.
      CREATE TRIGGER map_feature_version_no_update BEFORE UPDATE ON map_feature_version
      BEGIN SELECT RAISE(ABORT, 'map feature versions are append-only'); END;
      CREATE TRIGGER map_feature_version_no_delete BEFORE DELETE ON map_feature_version
      BEGIN SELECT RAISE(ABORT, 'map feature versions are append-only'); END;
    `);
  },
};
