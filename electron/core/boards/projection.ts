import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import type { VerifyFinding } from '../../../shared/record/record.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, finding, firstDifferentColumn, type Projection, type ProjectionTable, type ProjectionVerifier } from '../record/projection.js';

type BoardRecordType = 'board.created' | 'board.mode_changed' | 'board.migrated';

/** The board row: its identity from record 1, its mode from the latest record that set one. */
const TABLE: ProjectionTable = {
  name: 'board',
  columns: ['id', 'board_id', 'name', 'kommun_code', 'kommun_name', 'exercise', 'mode', 'created_at'],
};

const SELECT = `SELECT ${TABLE.columns.join(', ')} FROM board ORDER BY id`;

function createdRow(p: RecordPayload<'board.created'>): unknown[] {
  return [1, p.board_id, p.name, p.kommun_code, p.kommun_name, p.exercise ? 1 : 0, p.mode, p.created_at];
}

const MODE = TABLE.columns.indexOf('mode');

/** Folds the board records into the one row they call for, then compares it with the table. */
class BoardVerifier implements ProjectionVerifier {
  private expected: unknown[] | null = null;
  private lastSeq: number | null = null;

  constructor(private readonly db: Database.Database) {}

  feed(record: StoredRecord, payload: unknown): VerifyFinding | null {
    this.lastSeq = record.seq;
    if (record.type === 'board.created') {
      this.expected = createdRow(payload as RecordPayload<'board.created'>);
      return null;
    }
    if (!this.expected) return finding('bad_payload', record.seq, { table: TABLE.name });
    const mode = record.type === 'board.mode_changed' ? (payload as RecordPayload<'board.mode_changed'>).to : (payload as RecordPayload<'board.migrated'>).mode;
    this.expected[MODE] = mode;
    return null;
  }

  finish(): VerifyFinding | null {
    const rows = this.db.prepare<[], unknown[]>(SELECT).raw(true).all();
    const actual = rows[0];
    if (!this.expected) return actual ? finding('projection_extra', null, { table: TABLE.name, key: `id=${String(actual[0])}` }) : null;
    if (!actual) return finding('projection_missing', this.lastSeq, { table: TABLE.name, key: 'id=1', subject: 'board' });
    const column = firstDifferentColumn(TABLE.columns, this.expected, actual);
    if (column) return finding('projection_mismatch', this.lastSeq, { table: TABLE.name, key: 'id=1', column, subject: 'board' });
    const extra = rows[1];
    return extra ? finding('projection_extra', null, { table: TABLE.name, key: `id=${String(extra[0])}` }) : null;
  }
}

export const boardProjection: Projection<BoardRecordType> = {
  recordTypes: ['board.created', 'board.mode_changed', 'board.migrated'],
  tables: [TABLE],
  apply(db, record, payload) {
    if (record.type === 'board.created') {
      const row = createdRow(payload as RecordPayload<'board.created'>);
      statement(db, `INSERT INTO board (${TABLE.columns.join(', ')}) VALUES (${TABLE.columns.map(() => '?').join(', ')})`).run(...row);
      return;
    }
    const mode = record.type === 'board.mode_changed' ? (payload as RecordPayload<'board.mode_changed'>).to : (payload as RecordPayload<'board.migrated'>).mode;
    statement(db, 'UPDATE board SET mode = ? WHERE id = 1').run(mode);
  },
  verifier: (db) => new BoardVerifier(db),
  events(ctx, record) {
    return [{ event: 'board.changed', data: { board: ctx.boardInfo() }, roles: ALL_ROLES, record: { seq: record.seq, type: record.type } }];
  },
};
