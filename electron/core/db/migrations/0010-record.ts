import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from '../canonical-json.js';
import { sortKey } from '../../journal/row.js';
import { GENESIS_HASH, recordHash } from '../../record/hash.js';
import type { Migration } from '../migration.js';

/**
 * One record for the whole board. Creates the hash-chained `record` (append-only by trigger),
 * the `op` table that makes a repeated write harmless, and rebuilds journal_entry as a projection
 * of journal.entry records (with who wrote it and which record it comes from).
 *
 * A 0.1 board (schema 1) moves in whole: record 1 is board.created with its identity, then one
 * journal.entry record per entry in its order with its own times, then board.migrated carrying
 * the old journal chain's head hash, so the old chain can still be shown to have been intact.
 * A new, empty file gets the tables only; its board.created is written by the caller.
 */

const SCHEMA = `
  CREATE TABLE record (
    seq         INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,
    subject     TEXT NOT NULL,
    "by"        TEXT NOT NULL,
    -- RFC 8785 canonical JSON, exactly as hashed.
    payload     TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
  ) STRICT;
  CREATE TRIGGER record_no_update BEFORE UPDATE ON record
  BEGIN SELECT RAISE(ABORT, 'the record is append-only: records cannot be changed'); END;
  CREATE TRIGGER record_no_delete BEFORE DELETE ON record
  BEGIN SELECT RAISE(ABORT, 'the record is append-only: records cannot be deleted'); END;

  -- A write's client-made op_id and its first reply: the same op_id again returns it, writes nothing.
  CREATE TABLE op (
    op_id       TEXT PRIMARY KEY,
    method      TEXT NOT NULL,
    result      TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE journal_entry_projection (
    seq               INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('decision', 'action', 'information', 'incoming', 'outgoing', 'call')),
    text              TEXT NOT NULL,
    actor             TEXT,
    occurred_at       TEXT NOT NULL,
    recorded_at       TEXT NOT NULL,
    significant       INTEGER NOT NULL CHECK (significant IN (0, 1)),
    corrects          INTEGER,
    correction_reason TEXT,
    "by"              TEXT NOT NULL,
    record_seq        INTEGER NOT NULL,
    -- List order: whole seconds of occurred_at × 1e9 + seq; newest first is ORDER BY sort_key
    -- DESC, and it is the full-text index's rowid, so a search walks its hits in list order.
    sort_key          INTEGER NOT NULL,
    CHECK ((corrects IS NULL) = (correction_reason IS NULL))
  ) STRICT;
`;

const JOURNAL_INDEXES = `
  -- An entry is corrected at most once; a later correction corrects the correction.
  CREATE UNIQUE INDEX journal_entry_corrects ON journal_entry (corrects) WHERE corrects IS NOT NULL;
  CREATE UNIQUE INDEX journal_entry_sort ON journal_entry (sort_key);
  -- Filters: each walks its own index in list order and, with the other filter columns in the
  -- index, pages and counts without touching the rows.
  CREATE INDEX journal_entry_kind ON journal_entry (kind, sort_key, significant, actor);
  CREATE INDEX journal_entry_actor ON journal_entry (actor, sort_key, significant, kind);
  CREATE INDEX journal_entry_significant ON journal_entry (sort_key) WHERE significant = 1;

  -- A projection is only ever added to; verify rebuilds it from the record to prove it.
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
`;

interface OldBoard {
  board_id: string;
  name: string;
  kommun_code: string;
  kommun_name: string;
  exercise: number;
  mode: string;
  created_at: string;
}

interface OldEntry {
  seq: number;
  kind: string;
  text: string;
  actor: string | null;
  occurred_at: string;
  recorded_at: string;
  significant: number;
  corrects: number | null;
  correction_reason: string | null;
  prev_hash: string;
  hash: string;
}

/** 0.1's entry hash, to tell whether the old chain held when it was moved. */
function oldEntryHash(e: OldEntry): string {
  const canonical = canonicalJson({
    seq: e.seq,
    kind: e.kind,
    text: e.text,
    actor: e.actor,
    occurred_at: e.occurred_at,
    recorded_at: e.recorded_at,
    significant: e.significant === 1,
    corrects: e.corrects,
    correction_reason: e.correction_reason,
  });
  return createHash('sha256').update(e.prev_hash + canonical, 'utf8').digest('hex');
}

/** 0.1 logged a mode change as "Läget ändrat: X → Y": the first one tells the mode it began in. */
function initialMode(db: Database.Database, current: string): string {
  const first = db
    .prepare<[], { text: string }>("SELECT text FROM journal_entry WHERE kind = 'decision' AND text LIKE 'Läget ändrat: %' ORDER BY seq LIMIT 1")
    .get();
  if (!first) return current;
  if (first.text.startsWith('Läget ändrat: Normalläge →')) return 'ordinary';
  if (first.text.startsWith('Läget ändrat: Krisledning aktiverad →')) return 'activated';
  return current;
}

function moveOldBoard(db: Database.Database, board: OldBoard, migratedAt: string): void {
  const insertRecord = db.prepare(
    'INSERT INTO record (seq, type, subject, "by", payload, occurred_at, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEntry = db.prepare(
    `INSERT INTO journal_entry_projection (seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, "by", record_seq, sort_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  let seq = 0;
  let prev = GENESIS_HASH;
  const append = (type: string, subject: string, payload: JsonValue, occurredAt: string, recordedAt: string): void => {
    seq += 1;
    const fields = { seq, type, subject, by: '', payload: canonicalJson(payload), occurred_at: occurredAt, recorded_at: recordedAt };
    const hash = recordHash(prev, fields);
    insertRecord.run(seq, type, subject, '', fields.payload, occurredAt, recordedAt, prev, hash);
    prev = hash;
  };

  append(
    'board.created',
    'board',
    {
      board_id: board.board_id,
      name: board.name,
      kommun_code: board.kommun_code,
      kommun_name: board.kommun_name,
      exercise: board.exercise === 1,
      mode: initialMode(db, board.mode),
      created_at: board.created_at,
    },
    board.created_at,
    board.created_at,
  );

  const page = db.prepare<[number], OldEntry>(
    'SELECT seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason, prev_hash, hash FROM journal_entry WHERE seq > ? ORDER BY seq LIMIT 5000',
  );
  let last = 0;
  let oldPrev = GENESIS_HASH;
  let oldOk = true;
  let oldHead: string | null = null;
  let count = 0;
  for (;;) {
    const rows = page.all(last);
    if (rows.length === 0) break;
    for (const e of rows) {
      if (e.seq !== count + 1 || e.prev_hash !== oldPrev || oldEntryHash(e) !== e.hash) oldOk = false;
      oldPrev = e.hash;
      oldHead = e.hash;
      count += 1;
      last = e.seq;
      append(
        'journal.entry',
        `journal/${e.seq}`,
        {
          entry: e.seq,
          kind: e.kind,
          text: e.text,
          actor: e.actor,
          significant: e.significant === 1,
          corrects: e.corrects,
          correction_reason: e.correction_reason,
        },
        e.occurred_at,
        e.recorded_at,
      );
      insertEntry.run(e.seq, e.kind, e.text, e.actor, e.occurred_at, e.recorded_at, e.significant, e.corrects, e.correction_reason, seq, sortKey(e.occurred_at, e.seq));
    }
  }

  append(
    'board.migrated',
    'board',
    { from_schema: 1, old_head_hash: oldHead, old_entries: count, old_chain_ok: oldOk, mode: board.mode },
    migratedAt,
    migratedAt,
  );
}

export const migration0010: Migration = {
  version: 10,
  name: 'record',
  up(db) {
    db.exec(SCHEMA);
    const board = db.prepare<[], OldBoard>('SELECT board_id, name, kommun_code, kommun_name, exercise, mode, created_at FROM board WHERE id = 1').get();
    if (board) moveOldBoard(db, board, new Date().toISOString());
    db.exec(`
      DROP TABLE journal_fts;
      DROP TABLE journal_entry;
      ALTER TABLE journal_entry_projection RENAME TO journal_entry;
      ${JOURNAL_INDEXES}
      INSERT INTO journal_fts (journal_fts) VALUES ('rebuild');
    `);
  },
};
