import { basename } from 'node:path';
import type { JournalEntryView } from '../../shared/domain/journal.js';
import { REPORT_FILE_MAX_BYTES } from '../../shared/reports/domain.js';
import { CliError, optional, parseFlags, required } from './args.js';
import { withBoard } from './board-call.js';
import { whoIsWriting } from './by.js';
import type { Io } from './commands.js';
import type { Context } from './router.js';
import { archiveCsv, archiveHtml } from '../core/journal/archive.js';
import { htmlToPdf } from './pdf.js';
import { readBoundedText } from './read-file.js';
import { writeFileAtomically } from '../core/files/write-atomically.js';

function reportNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError('bad_id', { value: value.slice(0, 40) });
  return n;
}

export async function reportNew(args: string[], io: Io, context: Context): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, by: { type: 'string' } });
  // The shipped resources draw the map snapshot (the kommun's boundary, the symbols).
  const r = await withBoard(required(v, 'db'), whoIsWriting(optional(v, 'by')), (board) => board.call('reports.create', {}), context.resourcesDir);
  io.out(String(r.number));
  if (r.empty_sections.length > 0) io.err(io.tr.t('report_empty_sections', { count: r.empty_sections.length }));
  return 0;
}

export async function reportFreeze(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, number: { type: 'string' }, by: { type: 'string' } });
  const number = reportNumber(required(v, 'number'));
  const r = await withBoard(required(v, 'db'), whoIsWriting(optional(v, 'by')), (board) => board.call('reports.freeze', { number }));
  io.out(JSON.stringify({ number: r.number, content_hash: r.content_hash, head: r.head }));
  return 0;
}

const FORMATS = ['pdf', 'html', 'json', 'edxl'] as const;

export async function reportExport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, number: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
  const number = reportNumber(required(v, 'number'));
  const format = FORMATS.find((f) => f === required(v, 'format'));
  if (!format) throw new CliError('bad_format', { value: String(v.format).slice(0, 20), formats: FORMATS.join(', ') });
  const out = required(v, 'out');
  const file = await withBoard(required(v, 'db'), null, (board) => board.call('reports.export', { number, format: format === 'pdf' ? 'html' : format }));
  writeFileAtomically(out, format === 'pdf' ? await htmlToPdf(file.text) : file.text);
  io.out(io.tr.t('exported', { path: out }));
  return 0;
}

export async function reportImport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, file: { type: 'string' }, by: { type: 'string' } });
  const file = required(v, 'file');
  const text = readBoundedText(file, REPORT_FILE_MAX_BYTES);
  const r = await withBoard(required(v, 'db'), whoIsWriting(optional(v, 'by')), (board) => board.call('reports.import', { file_name: basename(file), text }));
  io.out(JSON.stringify({ imported: 1, sender: r.sender, number: r.number }));
  return 0;
}

const PAGE = 500;

/**
 * `samlad journal export --format csv|pdf`: the whole journal for the archive, stating the head it
 * covers. Any size (a seat takes out at most JOURNAL_ARCHIVE_MAX entries through journal.archive;
 * the same CSV and page, electron/core/journal/archive.ts).
 */
export async function journalExport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
  const format = required(v, 'format');
  if (format !== 'csv' && format !== 'pdf') throw new CliError('bad_format', { value: format.slice(0, 20), formats: 'csv, pdf' });
  const out = required(v, 'out');
  const archive = await withBoard(required(v, 'db'), null, async (b) => {
    const all: JournalEntryView[] = [];
    for (;;) {
      const page = await b.call('journal.list', { offset: all.length, limit: PAGE });
      all.push(...page.entries);
      if (page.entries.length === 0 || all.length >= page.total) break;
    }
    const board = (await b.call('boards.current', {})).board;
    if (!board) throw new Error('the board closed while its journal was read');
    return { entries: all.reverse(), head: (await b.call('record.head', {})).head, board };
  });
  if (format === 'csv') writeFileAtomically(out, archiveCsv(archive));
  else writeFileAtomically(out, await htmlToPdf(archiveHtml(archive)));
  io.out(io.tr.t('exported', { path: out }));
  return 0;
}
