import { basename } from 'node:path';
import { REPORT_FILE_MAX_BYTES } from '../../shared/reports/domain.js';
import { CliError, optional, parseFlags, required } from './args.js';
import { withBoard } from './board-call.js';
import { whoIsWriting } from './by.js';
import type { Io } from './commands.js';
import type { Context } from './router.js';
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

/**
 * `samlad journal export --format csv|pdf`: the whole journal for the archive, stating the head it
 * covers, read in one read transaction (journal.archive; the CLI takes any number of entries).
 */
export async function journalExport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
  const format = required(v, 'format');
  if (format !== 'csv' && format !== 'pdf') throw new CliError('bad_format', { value: format.slice(0, 20), formats: 'csv, pdf' });
  const out = required(v, 'out');
  const file = await withBoard(required(v, 'db'), null, (b) => b.call('journal.archive', { format: format === 'pdf' ? 'html' : 'csv' }));
  const text = Buffer.from(file.base64, 'base64').toString('utf8');
  writeFileAtomically(out, format === 'pdf' ? await htmlToPdf(text) : text);
  io.out(io.tr.t('exported', { path: out }));
  return 0;
}
