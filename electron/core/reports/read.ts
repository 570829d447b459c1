import type Database from 'better-sqlite3';
import type { ReceivedReport, Recipient, Report, ReportBody, ReportDocument } from '../../../shared/reports/domain.js';
import { statement } from '../db/statements.js';

interface ReportRow {
  number: number;
  body: string;
  created_at: string;
  created_by: string;
  frozen_at: string | null;
  frozen_by: string | null;
  content_hash: string | null;
  head_seq: number | null;
  head_hash: string | null;
}

const REPORT = 'SELECT number, body, created_at, created_by, frozen_at, frozen_by, content_hash, head_seq, head_hash FROM report';

function fromRow(db: Database.Database, r: ReportRow): Report {
  // Written by the projection from checked payloads.
  const body = JSON.parse(r.body) as ReportBody;
  return {
    number: r.number,
    status: r.frozen_at === null ? 'draft' : 'frozen',
    body,
    created_at: r.created_at,
    created_by: r.created_by,
    frozen_at: r.frozen_at,
    frozen_by: r.frozen_by,
    content_hash: r.content_hash,
    head: r.head_seq === null || r.head_hash === null ? null : { seq: r.head_seq, hash: r.head_hash },
    empty_sections: body.sections.filter((s) => !s.text.trim()).map((s) => s.key),
    sent: statement<[number], { recipient: string; file: string; format: string; sent_at: string; by: string }>(
      db,
      'SELECT recipient, file, format, sent_at, "by" FROM report_sent WHERE number = ? ORDER BY record_seq',
    ).all(r.number),
  };
}

export function readReport(db: Database.Database, number: number): Report | null {
  const row = statement<[number], ReportRow>(db, `${REPORT} WHERE number = ?`).get(number);
  return row ? fromRow(db, row) : null;
}

export function listReports(db: Database.Database, frozenOnly: boolean): Report[] {
  return statement<[], ReportRow>(db, `${REPORT} ${frozenOnly ? 'WHERE frozen_at IS NOT NULL' : ''} ORDER BY number DESC`)
    .all()
    .map((r) => fromRow(db, r));
}

export function latestFrozen(db: Database.Database): { frozen_at: string; head_seq: number } | null {
  return statement<[], { frozen_at: string; head_seq: number }>(db, 'SELECT frozen_at, head_seq FROM report WHERE frozen_at IS NOT NULL ORDER BY number DESC LIMIT 1').get() ?? null;
}

interface ReceivedRow {
  id: number;
  sender_board: string;
  sender: string;
  number: number;
  document: string;
  received_at: string;
  received_by: string;
}

const RECEIVED = 'SELECT id, sender_board, sender, number, document, received_at, received_by FROM report_received';

const receivedFromRow = (r: ReceivedRow): ReceivedReport => ({ ...r, document: JSON.parse(r.document) as ReportDocument });

export function readReceived(db: Database.Database, id: number): ReceivedReport | null {
  const row = statement<[number], ReceivedRow>(db, `${RECEIVED} WHERE id = ?`).get(id);
  return row ? receivedFromRow(row) : null;
}

export function listReceived(db: Database.Database): ReceivedReport[] {
  return statement<[], ReceivedRow>(db, `${RECEIVED} ORDER BY id DESC`).all().map(receivedFromRow);
}

/** The newest report received from each neighbour (its current picture): chosen by SQL, only those parsed. */
export function newestReceivedPerSender(db: Database.Database): ReceivedReport[] {
  return statement<[], ReceivedRow>(db, `${RECEIVED} r WHERE number = (SELECT max(number) FROM report_received WHERE sender_board = r.sender_board) ORDER BY id DESC`)
    .all()
    .map(receivedFromRow);
}

/** The newest report number already received from that board, if any. */
export function newestReceived(db: Database.Database, senderBoard: string): number | null {
  return statement<[string], { n: number | null }>(db, 'SELECT max(number) AS n FROM report_received WHERE sender_board = ?').get(senderBoard)?.n ?? null;
}

export function listRecipients(db: Database.Database): Recipient[] {
  return statement<[], Recipient>(db, 'SELECT id, name, folder FROM report_recipient WHERE removed = 0 ORDER BY name COLLATE NOCASE, id').all();
}

export function readRecipient(db: Database.Database, id: number): Recipient | null {
  return statement<[number], Recipient>(db, 'SELECT id, name, folder FROM report_recipient WHERE id = ? AND removed = 0').get(id) ?? null;
}
