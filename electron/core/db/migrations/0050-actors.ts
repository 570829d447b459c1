import type { Migration } from '../migration.js';

/**
 * The actors capability's projections (electron/core/actors/projection.ts): the registry, status
 * history, assignments, conferences with their turns, agreements and the next conference. Every
 * row is rebuilt from actor.* records by verify; ids are the capability's own numbers (actor/3).
 */
export const migration0050: Migration = {
  version: 50,
  name: 'actors',
  up(db) {
    db.exec(`
      CREATE TABLE actor (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        contacts TEXT NOT NULL,            -- canonical JSON array: never sent to a wall seat
        liaison TEXT,
        rakel_group TEXT,
        our_contact TEXT,
        report_interval_min INTEGER NOT NULL,
        retired INTEGER NOT NULL,
        origin TEXT NOT NULL,
        registered_at TEXT NOT NULL,
        status_record INTEGER,             -- its latest actor_status row
        record_seq INTEGER NOT NULL        -- the last record that changed this row
      ) STRICT;
      CREATE TABLE actor_status (
        record_seq INTEGER PRIMARY KEY,
        actor INTEGER NOT NULL,
        level TEXT NOT NULL,
        situation TEXT,
        needs TEXT,
        offers TEXT,
        reported_at TEXT NOT NULL,
        reported_by TEXT NOT NULL,
        by TEXT NOT NULL,
        journal_seq INTEGER NOT NULL,
        conference INTEGER
      ) STRICT;
      CREATE INDEX actor_status_by_actor ON actor_status (actor, record_seq);
      CREATE TABLE actor_assignment (
        id INTEGER PRIMARY KEY,
        actor INTEGER NOT NULL,
        what TEXT NOT NULL,
        due_at TEXT,
        decision INTEGER,
        status TEXT NOT NULL,
        note TEXT,
        given_at TEXT NOT NULL,
        given_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        journal_seq INTEGER NOT NULL,      -- the entry that logged its latest change
        record_seq INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX actor_assignment_by_actor ON actor_assignment (actor, id);
      CREATE INDEX actor_assignment_by_decision ON actor_assignment (decision) WHERE decision IS NOT NULL;
      CREATE TABLE actor_conference (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        attendees TEXT NOT NULL,           -- canonical JSON array of actor ids, in reporting order
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL,
        ended_at TEXT,
        current_turn INTEGER,              -- the actor_conference_turn row under way
        next_at TEXT,
        journal_seq INTEGER NOT NULL,
        record_seq INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE actor_conference_turn (
        record_seq INTEGER PRIMARY KEY,
        conference INTEGER NOT NULL,
        actor INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        report_seq INTEGER
      ) STRICT;
      CREATE INDEX actor_conference_turn_by_conference ON actor_conference_turn (conference, record_seq);
      CREATE TABLE actor_agreement (
        id INTEGER PRIMARY KEY,
        conference INTEGER,
        journal_seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        beslut_i_stort TEXT,               -- canonical JSON of its parts, or NULL
        assignments TEXT NOT NULL,         -- canonical JSON array of the assignment ids given with it
        decided_at TEXT NOT NULL,
        by TEXT NOT NULL,
        record_seq INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE actor_next_conference (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        at TEXT,
        kind TEXT,
        record_seq INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
