import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import type { CapAlert, Warning } from '../../../shared/warnings/domain.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, type Projection } from '../record/projection.js';
import { ReplayVerifier, type KeyedTable } from '../record/replay-verifier.js';

const TABLES: KeyedTable[] = [
  {
    name: 'warning',
    key: ['id'],
    columns: ['id', 'identifier', 'sender', 'sent', 'alert', 'valid', 'file_name', 'imported_at', 'imported_by', 'state', 'replaced_by', 'record_seq'],
  },
];

/** CAP times compared as instants: "14:51:46+01:00" and "13:51:46+00:00" are one moment. */
export function sentKey(sent: string): string {
  const t = Date.parse(sent);
  return Number.isNaN(t) ? sent : new Date(t).toISOString();
}

/**
 * An alert's references update or cancel earlier alerts — only a valid alert's: a file that is not
 * valid CAP is shown, but may not change what the board believes about other warnings.
 */
function apply(db: Database.Database, record: StoredRecord, payload: unknown): void {
  const p = payload as RecordPayload<'warning.imported'>;
  const a = p.alert;
  statement(db, `INSERT INTO warning (id, identifier, sender, sent, alert, valid, file_name, imported_at, imported_by, state, replaced_by, record_seq)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL, ?)`).run(
    p.warning, a.identifier, a.sender, sentKey(a.sent), canonicalJsonOf(a), a.valid ? 1 : 0, p.file_name, record.recorded_at, record.by, record.seq,
  );
  if (!a.valid || (a.msg_type !== 'Update' && a.msg_type !== 'Cancel')) return;
  const state = a.msg_type === 'Cancel' ? 'cancelled' : 'updated';
  for (const ref of a.references) {
    statement(db, "UPDATE warning SET state = ?, replaced_by = ?, record_seq = ? WHERE sender = ? AND identifier = ? AND sent = ? AND state = 'active' AND id <> ?").run(
      state, p.warning, record.seq, ref.sender, ref.identifier, sentKey(ref.sent), p.warning,
    );
  }
}

interface WarningRow {
  id: number;
  alert: string;
  file_name: string;
  imported_at: string;
  imported_by: string;
  state: Warning['state'];
  replaced_by: number | null;
}

const SELECT = 'SELECT id, alert, file_name, imported_at, imported_by, state, replaced_by FROM warning';

function fromRow(r: WarningRow): Warning {
  // Stored by apply() from a payload its record schema checked.
  return { id: r.id, alert: JSON.parse(r.alert) as CapAlert, file_name: r.file_name, imported_at: r.imported_at, imported_by: r.imported_by, state: r.state, replaced_by: r.replaced_by };
}

export function readWarning(db: Database.Database, id: number): Warning | null {
  const row = statement<[number], WarningRow>(db, `${SELECT} WHERE id = ?`).get(id);
  return row ? fromRow(row) : null;
}

export function listWarnings(db: Database.Database, activeOnly: boolean): Warning[] {
  return statement<[], WarningRow>(db, `${SELECT} ${activeOnly ? "WHERE state = 'active'" : ''} ORDER BY id DESC`).all().map(fromRow);
}

/** The warning already imported from the same alert (same sender, identifier and sent), if any. */
export function findWarning(db: Database.Database, a: Pick<CapAlert, 'sender' | 'identifier' | 'sent'>): Warning | null {
  const row = statement<[string, string, string], WarningRow>(db, `${SELECT} WHERE sender = ? AND identifier = ? AND sent = ?`).get(a.sender, a.identifier, sentKey(a.sent));
  return row ? fromRow(row) : null;
}

export const warningProjection: Projection<'warning.imported'> = {
  recordTypes: ['warning.imported'],
  tables: TABLES,
  apply,
  verifier: (db) => new ReplayVerifier(db, TABLES, apply),
  events(ctx, record, payload) {
    const { warning: id } = payload as { warning: number };
    const warning = readWarning(ctx.db, id);
    return warning ? [{ event: 'warning.imported', data: { warning }, roles: ALL_ROLES, record: { seq: record.seq, type: record.type } }] : [];
  },
};
