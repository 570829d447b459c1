import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import type { VerifyFinding } from '../../../shared/record/record.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, finding, firstDifferentColumn, type Projection, type ProjectionTable, type ProjectionVerifier } from '../record/projection.js';
import { ENTRY_COLUMNS, entryFromRow, sortKey, type EntryRow } from './row.js';
import { searchWords } from './search-words.js';

type EntryPayload = RecordPayload<'journal.entry'>;

/** journal_entry: one row per journal.entry record, with its list order key (and FTS by trigger). */
const TABLE: ProjectionTable = {
  name: 'journal_entry',
  columns: ['seq', 'kind', 'text', 'actor', 'occurred_at', 'recorded_at', 'significant', 'corrects', 'correction_reason', 'by', 'record_seq', 'search_words', 'sort_key'],
};

/** The row a record calls for, in TABLE.columns order (sort_key as text: it passes 2^53). */
function expectedRow(record: StoredRecord, p: EntryPayload): unknown[] {
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
    sortKey(record.occurred_at, p.entry).toString(),
  ];
}

const quoted = (c: string): string => `"${c}"`;
const SELECT_ROWS = `SELECT ${TABLE.columns.map((c) => (c === 'sort_key' ? 'CAST(sort_key AS TEXT)' : quoted(c))).join(', ')}
  FROM journal_entry WHERE record_seq > ? ORDER BY record_seq LIMIT ?`;
const RECORD_SEQ = TABLE.columns.indexOf('record_seq');
const CHUNK = 4_000;

const inserts = new WeakMap<Database.Database, Database.Statement>();

/** Walks journal_entry in record order beside the records, a chunk at a time. */
class JournalVerifier implements ProjectionVerifier {
  private readonly stmt: Database.Statement<[number, number], unknown[]>;
  private buffer: unknown[][] = [];
  private index = 0;
  private lastRecordSeq = 0;
  private exhausted = false;

  constructor(db: Database.Database) {
    this.stmt = db.prepare<[number, number], unknown[]>(SELECT_ROWS).raw(true);
  }

  private peek(): unknown[] | null {
    if (this.index >= this.buffer.length && !this.exhausted) {
      this.buffer = this.stmt.all(this.lastRecordSeq, CHUNK);
      this.index = 0;
      if (this.buffer.length < CHUNK) this.exhausted = true;
    }
    return this.buffer[this.index] ?? null;
  }

  private take(): void {
    const row = this.buffer[this.index++];
    if (row) this.lastRecordSeq = row[RECORD_SEQ] as number;
  }

  feed(record: StoredRecord, payload: unknown): VerifyFinding | null {
    const p = payload as EntryPayload;
    const row = this.peek();
    const at = { table: TABLE.name, key: `seq=${p.entry}` };
    if (!row || (row[RECORD_SEQ] as number) > record.seq) return finding('projection_missing', record.seq, at);
    if ((row[RECORD_SEQ] as number) < record.seq) {
      return finding('projection_extra', row[RECORD_SEQ] as number, { table: TABLE.name, key: `seq=${String(row[0])}` });
    }
    this.take();
    const column = firstDifferentColumn(TABLE.columns, expectedRow(record, p), row);
    return column ? finding('projection_mismatch', record.seq, { ...at, column }) : null;
  }

  finish(): VerifyFinding | null {
    const row = this.peek();
    return row ? finding('projection_extra', null, { table: TABLE.name, key: `seq=${String(row[0])}` }) : null;
  }
}

export const journalProjection: Projection<'journal.entry'> = {
  recordTypes: ['journal.entry'],
  tables: [TABLE],
  apply(db, record, p) {
    let insert = inserts.get(db);
    if (!insert) {
      insert = db.prepare(`INSERT INTO journal_entry (${TABLE.columns.map(quoted).join(', ')}) VALUES (${TABLE.columns.map(() => '?').join(', ')})`);
      inserts.set(db, insert);
    }
    const row = expectedRow(record, p);
    row[row.length - 1] = sortKey(record.occurred_at, p.entry);
    insert.run(...row);
  },
  verifier: (db) => new JournalVerifier(db),
  events(ctx, record) {
    const row = ctx.db.prepare<[number], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM journal_entry WHERE record_seq = ?`).get(record.seq);
    if (!row) return [];
    return [{ event: 'journal.appended', data: { entry: entryFromRow(row) }, roles: ALL_ROLES, record: { seq: record.seq, type: record.type } }];
  },
};
