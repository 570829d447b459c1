import { ApiError } from '../../../shared/api/errors.js';
import svReports from '../../../shared/locales/sv/reports.json';
import { fillTemplate } from '../../../shared/locales/fill.js';
import { TEXT_MAX } from '../../../shared/domain/journal.js';
import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { BoardInfo } from '../../../shared/domain/board.js';
import { type ExportFormat, type Report } from '../../../shared/reports/domain.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import { nextNumber, statement } from '../db/statements.js';
import { printedPdf } from '../files/printed-pdf.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { appendAutomaticEntry } from '../journal/write.js';
import type { WriteContext } from '../record/write.js';
import { composeReport } from './compose.js';
import { boardIdentity, documentHash, reportDocument, schemaOf } from './document.js';
import { edxlEnvelope } from './export/edxl.js';
import { reportHtml } from './export/html.js';
import { readReportFile } from './import.js';
import { latestFrozen, listReceived, listRecipients, listReports, newestReceived, readReceived, readRecipient, readReport } from './read.js';
import type { ReportSources } from './sources.js';
import { boardSnapshot } from './board-snapshot.js';
import type { ReportTools } from './tools.js';

/** A frozen report as one file of the chosen format. */
function exportFile(r: Report, board: BoardInfo, format: ExportFormat): { file_name: string; mime_type: string; text: string } {
  const doc = reportDocument(r, board);
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  const base = `lagesrapport-${doc.board.kommun_code}-nr${doc.number}`;
  if (format === 'json') return { file_name: `${base}.json`, mime_type: 'application/json', text: json };
  if (format === 'html') return { file_name: `${base}.html`, mime_type: 'text/html', text: reportHtml(doc) };
  return { file_name: `${base}.edxl.xml`, mime_type: 'application/xml', text: edxlEnvelope(doc, json) };
}

function existing(ctx: { db: WriteContext['db'] }, number: number): Report {
  const r = readReport(ctx.db, number);
  if (!r) throw new ApiError('not_found', `no report ${number}`, { number });
  return r;
}

function draft(ctx: WriteContext, number: number): Report {
  const r = existing(ctx, number);
  if (r.status === 'frozen') throw new ApiError('report_frozen', `report ${number} is frozen`, { number });
  return r;
}

/** Lägesrapporter: composed from the board, edited, frozen, exported; neighbours' received. */
export function reportHandlers(sources: ReportSources, tools: ReportTools): CapabilityHandlers<'reports'> {
  return {
    'reports.create': (_input, { records, session }) => {
      const open = statement<[], { number: number }>(records.db, 'SELECT number FROM report WHERE frozen_at IS NULL').get();
      if (open) throw new ApiError('report_draft_open', `report ${open.number} is still a draft`, { number: open.number });
      const number = nextNumber(records.db, 'report', 'number');
      const body = composeReport(records.db, session.info, latestFrozen(records.db), records.now, sources);
      body.map = boardSnapshot(records.db, session.info, body, records.now, tools);
      records.append('report.drafted', `report/${number}`, { report: number, body });
      return existing(records, number);
    },
    'reports.edit': (input, { records }) => {
      const r = draft(records, input.number);
      const changed = input.sections.filter((s) => r.body.sections.find((x) => x.key === s.key)?.text !== s.text);
      if (changed.length > 0) records.append('report.edited', `report/${r.number}`, { report: r.number, sections: changed });
      return existing(records, r.number);
    },
    'reports.freeze': (input, { records, session }) => {
      const r = draft(records, input.number);
      const head = statement<[], { seq: number; hash: string }>(records.db, 'SELECT seq, hash FROM record ORDER BY seq DESC LIMIT 1').get();
      if (!head) throw new Error('a board has at least its first record');
      const contentHash = documentHash({
        schema: schemaOf(r.body),
        board: boardIdentity(session.info),
        number: r.number,
        frozen_at: records.now.toISOString(),
        frozen_by: records.by,
        head,
        body: r.body,
      });
      records.append('report.frozen', `report/${r.number}`, { report: r.number, content_hash: contentHash, head });
      appendAutomaticEntry(records, {
        kind: 'outgoing',
        text: fillTemplate(svReports.journal.frozen, { number: r.number, hash: contentHash.slice(0, 16), head: `${head.seq}:${head.hash.slice(0, 16)}` }),
        significant: true,
        source: `report/${r.number}`,
      });
      return existing(records, r.number);
    },
    'reports.list': (_input, call) => {
      const db = call.board().db;
      return { reports: listReports(db, call.caller.role === 'wall'), received: listReceived(db) };
    },
    'reports.get': (input, call) => {
      const r = readReport(call.board().db, input.number);
      if (!r || (r.status === 'draft' && call.caller.role === 'wall')) throw new ApiError('not_found', `no report ${input.number}`, { number: input.number });
      return r;
    },
    'reports.export': (input, call) => {
      const board = call.board();
      const r = readReport(board.db, input.number);
      if (!r) throw new ApiError('not_found', `no report ${input.number}`, { number: input.number });
      if (r.status !== 'frozen') throw new ApiError('report_not_frozen', `report ${input.number} is a draft: freeze it first`, { number: input.number });
      return exportFile(r, board.info, input.format);
    },
    'reports.pdf': (input, call) => {
      const board = call.board();
      const r = readReport(board.db, input.number);
      if (!r) throw new ApiError('not_found', `no report ${input.number}`, { number: input.number });
      if (r.status !== 'frozen') throw new ApiError('report_not_frozen', `report ${input.number} is a draft: freeze it first`, { number: input.number });
      const html = exportFile(r, board.info, 'html');
      // The page is made inside the read; the printing runs after it, off the board.
      return printedPdf(tools.pdf, html.text, html.file_name.replace(/\.html$/, '.pdf'), `report ${input.number}`, { number: input.number });
    },
    'reports.recipients': (_input, call) => ({ recipients: listRecipients(call.board().db) }),
    'reports.saveRecipient': (input, { records }) => {
      if (!isAbsolute(input.folder)) throw new ApiError('bad_folder', `${input.folder} is not an absolute path`, { folder: input.folder });
      const id = input.id ?? nextNumber(records.db, 'report_recipient', 'id');
      if (input.id !== undefined && !readRecipient(records.db, input.id)) throw new ApiError('not_found', `no recipient ${input.id}`, { id: input.id });
      records.append('report.recipient_saved', `report_recipient/${id}`, { recipient: id, name: input.name, folder: input.folder });
      return { id, name: input.name, folder: input.folder };
    },
    'reports.removeRecipient': (input, { records }) => {
      if (!readRecipient(records.db, input.id)) throw new ApiError('not_found', `no recipient ${input.id}`, { id: input.id });
      records.append('report.recipient_removed', `report_recipient/${input.id}`, { recipient: input.id });
      return { id: input.id };
    },
    'reports.send': (input, { records, session }) => {
      const r = existing(records, input.number);
      if (r.status !== 'frozen') throw new ApiError('report_not_frozen', `report ${input.number} is a draft: freeze it first`, { number: input.number });
      const recipient = readRecipient(records.db, input.recipient);
      if (!recipient) throw new ApiError('not_found', `no recipient ${input.recipient}`, { id: input.recipient });
      const file = exportFile(r, session.info, input.format);
      const path = join(recipient.folder, file.file_name);
      // Written before the record, inside the transaction: a folder that cannot be written to
      // leaves no record of a sending that did not happen.
      try {
        if (!statSync(recipient.folder).isDirectory()) throw new Error('not a folder');
        writeFileAtomically(path, file.text);
      } catch (e) {
        throw new ApiError('send_failed', `${recipient.folder}: ${e instanceof Error ? e.message : String(e)}`, { folder: recipient.folder, name: recipient.name });
      }
      records.append('report.sent', `report/${r.number}`, { report: r.number, recipient: recipient.name, file: path, format: input.format });
      appendAutomaticEntry(records, {
        kind: 'outgoing',
        text: fillTemplate(svReports.journal.sent, { number: r.number, recipient: recipient.name, format: input.format.toUpperCase(), file: file.file_name }),
        actor: recipient.name,
        source: `report/${r.number}`,
      });
      return existing(records, r.number);
    },
    'reports.import': (input, { records, session }) => {
      const doc = readReportFile(input.file_name, input.text);
      if (doc.board.id === session.info.id) throw new ApiError('own_report', `${input.file_name} is this board's own report`, { file: input.file_name });
      const newest = newestReceived(records.db, doc.board.id);
      if (newest !== null && doc.number <= newest) {
        throw new ApiError('report_older', `report ${doc.number} from ${doc.board.kommun_name} is not newer than ${newest}, already here`, { number: doc.number, newest });
      }
      const id = nextNumber(records.db, 'report_received', 'id');
      records.append('report.received', `report_received/${id}`, { received: id, document: doc });
      sources.applyReceived(records, doc);
      const summary = doc.body.sections.find((s) => s.key === 'event')?.text ?? '';
      appendAutomaticEntry(records, {
        kind: 'incoming',
        text: `${fillTemplate(svReports.journal.received, { number: doc.number, kommun: doc.board.kommun_name, name: doc.board.name })}\n\n${summary}`.slice(0, TEXT_MAX),
        actor: `${doc.board.kommun_name} kommun`,
        source: `report_received/${id}`,
      });
      const received = readReceived(records.db, id);
      if (!received) throw new Error('the received report is not there');
      return received;
    },
  };
}
