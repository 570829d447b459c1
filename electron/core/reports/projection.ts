import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import type { SeatRole } from '../../../shared/api/protocol.js';
import type { ReportBody } from '../../../shared/reports/domain.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, type Projection } from '../record/projection.js';
import { ReplayVerifier, type KeyedTable } from '../record/replay-verifier.js';
import { readReceived, readReport } from './read.js';

type ReportRecordType = 'report.drafted' | 'report.edited' | 'report.frozen' | 'report.sent' | 'report.received' | 'report.recipient_saved' | 'report.recipient_removed';

const TABLES: KeyedTable[] = [
  { name: 'report', key: ['number'], columns: ['number', 'body', 'created_at', 'created_by', 'frozen_at', 'frozen_by', 'content_hash', 'head_seq', 'head_hash', 'record_seq'] },
  { name: 'report_sent', key: ['record_seq'], columns: ['record_seq', 'number', 'recipient', 'file', 'format', 'sent_at', 'by'] },
  { name: 'report_recipient', key: ['id'], columns: ['id', 'name', 'folder', 'removed', 'record_seq'] },
  { name: 'report_received', key: ['id'], columns: ['id', 'sender_board', 'sender', 'number', 'document', 'received_at', 'received_by', 'record_seq'] },
];

const json = (v: unknown): string => canonicalJsonOf(v);
const STAFF_ONLY: readonly SeatRole[] = ['staff'];

function apply(db: Database.Database, record: StoredRecord, payload: unknown): void {
  switch (record.type as ReportRecordType) {
    case 'report.drafted': {
      const p = payload as RecordPayload<'report.drafted'>;
      statement(db, 'INSERT INTO report (number, body, created_at, created_by, record_seq) VALUES (?, ?, ?, ?, ?)').run(p.report, json(p.body), record.recorded_at, record.by, record.seq);
      return;
    }
    case 'report.edited': {
      const p = payload as RecordPayload<'report.edited'>;
      const row = statement<[number], { body: string }>(db, 'SELECT body FROM report WHERE number = ?').get(p.report);
      if (!row) return;
      const body = JSON.parse(row.body) as ReportBody;
      for (const edit of p.sections) {
        const section = body.sections.find((s) => s.key === edit.key);
        if (section) section.text = edit.text;
      }
      statement(db, 'UPDATE report SET body = ?, record_seq = ? WHERE number = ?').run(json(body), record.seq, p.report);
      return;
    }
    case 'report.frozen': {
      const p = payload as RecordPayload<'report.frozen'>;
      statement(db, 'UPDATE report SET frozen_at = ?, frozen_by = ?, content_hash = ?, head_seq = ?, head_hash = ?, record_seq = ? WHERE number = ?').run(
        record.recorded_at, record.by, p.content_hash, p.head.seq, p.head.hash, record.seq, p.report,
      );
      return;
    }
    case 'report.sent': {
      const p = payload as RecordPayload<'report.sent'>;
      statement(db, 'INSERT INTO report_sent (record_seq, number, recipient, file, format, sent_at, "by") VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        record.seq, p.report, p.recipient, p.file, p.format, record.recorded_at, record.by,
      );
      return;
    }
    case 'report.recipient_saved': {
      const p = payload as RecordPayload<'report.recipient_saved'>;
      statement(db, 'INSERT INTO report_recipient (id, name, folder, removed, record_seq) VALUES (?, ?, ?, 0, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, folder = excluded.folder, removed = 0, record_seq = excluded.record_seq').run(
        p.recipient, p.name, p.folder, record.seq,
      );
      return;
    }
    case 'report.recipient_removed': {
      const p = payload as RecordPayload<'report.recipient_removed'>;
      statement(db, 'UPDATE report_recipient SET removed = 1, record_seq = ? WHERE id = ?').run(record.seq, p.recipient);
      return;
    }
    case 'report.received': {
      const p = payload as RecordPayload<'report.received'>;
      const d = p.document;
      statement(db, 'INSERT INTO report_received (id, sender_board, sender, number, document, received_at, received_by, record_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        p.received, d.board.id, `${d.board.kommun_name} kommun (${d.board.name})`, d.number, json(d), record.recorded_at, record.by, record.seq,
      );
      return;
    }
  }
}

export const reportProjection: Projection<ReportRecordType> = {
  recordTypes: ['report.drafted', 'report.edited', 'report.frozen', 'report.sent', 'report.received', 'report.recipient_saved', 'report.recipient_removed'],
  tables: TABLES,
  apply,
  verifier: (db) => new ReplayVerifier(db, TABLES, apply),
  events(ctx, record, payload) {
    const at = { seq: record.seq, type: record.type };
    // The address book holds host folders: nothing to show a seat as an event (staff re-read it).
    if (record.type === 'report.recipient_saved' || record.type === 'report.recipient_removed') return [];
    if (record.type === 'report.received') {
      const { received: id } = payload as { received: number };
      const received = readReceived(ctx.db, id);
      return received ? [{ event: 'report.received', data: { received }, roles: ALL_ROLES, record: at }] : [];
    }
    const { report: number } = payload as { report: number };
    const report = readReport(ctx.db, number);
    if (!report) return [];
    // A draft is the staff's work in progress; a frozen report is what was sent out.
    return [{ event: 'report.changed', data: { report }, roles: report.status === 'frozen' ? ALL_ROLES : STAFF_ONLY, record: at }];
  },
};
