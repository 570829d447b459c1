import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import type { VerifyFinding } from '../../../shared/record/record.js';
import { canonicalJson } from '../db/canonical-json.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, finding, firstDifferentColumn, type Projection, type ProjectionTable, type ProjectionVerifier } from '../record/projection.js';
import { entryFromRecord, sortKey } from './row.js';
import { journalQuickCheck } from './quick-check.js';
import { searchWords } from './search-words.js';

type EntryPayload = RecordPayload<'journal.entry'>;

/** journal_entry: one row per journal.entry record, with its list order key (and FTS by trigger). */
const TABLE: ProjectionTable = {
  name: 'journal_entry',
  columns: ['seq', 'kind', 'text', 'actor', 'occurred_at', 'recorded_at', 'significant', 'corrects', 'correction_reason', 'by', 'record_seq', 'search_words', 'sort_key', 'source', 'place'],
};

/** The row a record calls for, in TABLE.columns order; sort_key an integer past 2^53 (a bigint). */
function rowOf(record: StoredRecord, p: EntryPayload): unknown[] {
  return [
    p.entry,
    p.kind,
    p.text,
    p.actor,
    record.occurred_at,
    record.recorded_at,
    p.significant ? 1 : 0,
    p.corrects,
    p.correction_reason,
    record.by,
    record.seq,
    searchWords(p.text, p.actor),
    sortKey(record.occurred_at, p.entry),
    p.source ?? null,
    p.place ? canonicalJson(p.place) : null,
  ];
}

const quoted = (c: string): string => `"${c}"`;
const RECORD_SEQ = TABLE.columns.indexOf('record_seq');
const SORT_KEY = TABLE.columns.indexOf('sort_key');

/** The row as verify compares it: sort_key as text, as the check reads it from SQLite. */
function expectedRow(record: StoredRecord, p: EntryPayload): unknown[] {
  const row = rowOf(record, p);
  row[SORT_KEY] = String(row[SORT_KEY]);
  return row;
}
const CHUNK = 1_000;

// Verify reads a million rows: each row comes from SQLite as one string of its columns (a value
// as 'v' + its text, NULL as NUL, separated by US: no stored text holds a control character, so
// no two different rows give one string), compared with the same string built from the record.
// Only a row that differs is read again column by column to name the column.
const SEP = '\u001f';
const NULL_MARK = '\u0000';
const columnText = (c: string): string => `ifnull('v' || ${c === 'sort_key' ? 'CAST(sort_key AS TEXT)' : quoted(c)}, char(0))`;
const SELECT_JOINED = `SELECT record_seq, seq, ${TABLE.columns.map(columnText).join(" || char(31) || ")}
  FROM journal_entry WHERE seq > ? ORDER BY seq LIMIT ?`;
const SELECT_ROW = `SELECT ${TABLE.columns.map((c) => (c === 'sort_key' ? 'CAST(sort_key AS TEXT)' : quoted(c))).join(', ')} FROM journal_entry WHERE record_seq = ?`;

function joined(values: readonly unknown[]): string {
  return values.map((v) => (v === null ? NULL_MARK : `v${String(v)}`)).join(SEP);
}

const INSERT = `INSERT INTO journal_entry (${TABLE.columns.map(quoted).join(', ')}) VALUES (${TABLE.columns.map(() => '?').join(', ')})`;

/** Walks journal_entry in record order beside the records, a chunk at a time. */
class JournalVerifier implements ProjectionVerifier {
  private readonly stmt: Database.Statement<[number, number], [number, number, string]>;
  private readonly rowStmt: Database.Statement<[number], unknown[]>;
  private buffer: [number, number, string][] = [];
  private index = 0;
  /** Walked by entry number (the table's own order, no index): numbers are given in record order. */
  private lastSeq = 0;
  private exhausted = false;

  constructor(db: Database.Database) {
    this.stmt = db.prepare<[number, number], [number, number, string]>(SELECT_JOINED).raw(true);
    this.rowStmt = db.prepare<[number], unknown[]>(SELECT_ROW).raw(true);
  }

  private peek(): [number, number, string] | null {
    if (this.index >= this.buffer.length && !this.exhausted) {
      this.buffer = this.stmt.all(this.lastSeq, CHUNK);
      this.index = 0;
      if (this.buffer.length < CHUNK) this.exhausted = true;
    }
    return this.buffer[this.index] ?? null;
  }

  feed(record: StoredRecord, payload: unknown): VerifyFinding | null {
    const p = payload as EntryPayload;
    const row = this.peek();
    const at = { table: TABLE.name, key: `seq=${p.entry}`, subject: record.subject };
    if (!row || row[0] > record.seq) return finding('projection_missing', record.seq, at);
    if (row[0] < record.seq) return finding('projection_extra', row[0], { table: TABLE.name, key: `seq=${row[1]}` });
    this.index += 1;
    this.lastSeq = row[1];
    const expected = expectedRow(record, p);
    if (row[2] === joined(expected)) return null;
    const actual = this.rowStmt.get(record.seq) ?? [];
    const column = firstDifferentColumn(TABLE.columns, expected, actual) ?? TABLE.columns[RECORD_SEQ] ?? null;
    return finding('projection_mismatch', record.seq, { ...at, column });
  }

  finish(): VerifyFinding | null {
    const row = this.peek();
    return row ? finding('projection_extra', null, { table: TABLE.name, key: `seq=${row[1]}` }) : null;
  }
}

export const journalProjection: Projection<'journal.entry'> = {
  recordTypes: ['journal.entry'],
  tables: [TABLE],
  apply(db, record, p) {
    // sort_key stored as the integer it is (verify compares its text: it passes 2^53).
    statement(db, INSERT).run(...rowOf(record, p));
  },
  verifier: (db) => new JournalVerifier(db),
  quickCheck: journalQuickCheck,
  events(_ctx, record, payload) {
    // The entry is what its record says: the row was written with it (and verify proves they
    // agree), so publishing reads nothing more. The payload passed its schema when written.
    const entry = entryFromRecord(record, payload);
    return [{ event: 'journal.appended', data: { entry }, roles: ALL_ROLES, record: { seq: record.seq, type: record.type } }];
  },
};
