import { ApiError } from '../../../shared/api/errors.js';
import { TEXT_MAX } from '../../../shared/domain/journal.js';
import { REPORT_SCHEMA, type Report } from '../../../shared/reports/domain.js';
import { statement } from '../db/statements.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { appendAutomaticEntry } from '../journal/write.js';
import type { WriteContext } from '../record/write.js';
import { composeReport } from './compose.js';
import { boardIdentity, documentHash, reportDocument } from './document.js';
import { edxlEnvelope } from './export/edxl.js';
import { reportHtml } from './export/html.js';
import { readReportFile } from './import.js';
import { latestFrozen, listReceived, listReports, newestReceived, readReceived, readReport } from './read.js';
import type { ReportSources } from './sources.js';

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
export function reportHandlers(sources: ReportSources): CapabilityHandlers<'reports'> {
  return {
    'reports.create': (_input, { records, session }) => {
      const open = statement<[], { number: number }>(records.db, 'SELECT number FROM report WHERE frozen_at IS NULL').get();
      if (open) throw new ApiError('report_draft_open', `report ${open.number} is still a draft`, { number: open.number });
      const number = (statement<[], { n: number | null }>(records.db, 'SELECT max(number) AS n FROM report').get()?.n ?? 0) + 1;
      const body = composeReport(records.db, session.info, latestFrozen(records.db), records.now, sources);
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
        schema: REPORT_SCHEMA,
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
        text: `Lägesrapport nr ${r.number} fastställd (innehåll sha256 ${contentHash.slice(0, 16)}…, huvud ${head.seq}:${head.hash.slice(0, 16)}…)`,
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
      const doc = reportDocument(r, board.info);
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      const base = `lagesrapport-${doc.board.kommun_code}-nr${doc.number}`;
      if (input.format === 'json') return { file_name: `${base}.json`, mime_type: 'application/json', text: json };
      if (input.format === 'html') return { file_name: `${base}.html`, mime_type: 'text/html', text: reportHtml(doc) };
      return { file_name: `${base}.edxl.xml`, mime_type: 'application/xml', text: edxlEnvelope(doc, json) };
    },
    'reports.import': (input, { records, session }) => {
      const doc = readReportFile(input.file_name, input.text);
      if (doc.board.id === session.info.id) throw new ApiError('own_report', `${input.file_name} is this board's own report`, { file: input.file_name });
      const newest = newestReceived(records.db, doc.board.id);
      if (newest !== null && doc.number <= newest) {
        throw new ApiError('report_older', `report ${doc.number} from ${doc.board.kommun_name} is not newer than ${newest}, already here`, { number: doc.number, newest });
      }
      const id = (statement<[], { n: number | null }>(records.db, 'SELECT max(id) AS n FROM report_received').get()?.n ?? 0) + 1;
      records.append('report.received', `report_received/${id}`, { received: id, document: doc });
      sources.applyReceived(records, doc);
      const summary = doc.body.sections.find((s) => s.key === 'event')?.text ?? '';
      appendAutomaticEntry(records, {
        kind: 'incoming',
        text: `Lägesrapport nr ${doc.number} från ${doc.board.kommun_name} kommun (${doc.board.name}) mottagen.\n\n${summary}`.slice(0, TEXT_MAX),
        actor: `${doc.board.kommun_name} kommun`,
        source: `report_received/${id}`,
      });
      const received = readReceived(records.db, id);
      if (!received) throw new Error('the received report is not there');
      return received;
    },
  };
}
