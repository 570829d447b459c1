import { basename } from 'node:path';
import type { JournalEntryView } from '../../shared/domain/journal.js';
import { REPORT_FILE_MAX_BYTES } from '../../shared/reports/domain.js';
import { stockholmDateTime } from '../../shared/time.js';
import { fillTemplate } from '../../shared/locales/fill.js';
import svCli from '../../shared/locales/sv/cli.json';
import svReports from '../../shared/locales/sv/reports.json';
import { CliError, optional, parseFlags, required } from './args.js';
import { withBoard } from './board-call.js';
import { whoIsWriting } from './by.js';
import type { Io } from './commands.js';
import type { Context } from './router.js';
import { escapeMarkup } from '../core/xml/escape.js';
import { csvRow } from './csv.js';
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

/** `samlad journal export --format csv|pdf`: the whole journal for the archive, stating the head it covers. */
export async function journalExport(args: string[], io: Io): Promise<number> {
  const v = parseFlags(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
  const format = required(v, 'format');
  if (format !== 'csv' && format !== 'pdf') throw new CliError('bad_format', { value: format.slice(0, 20), formats: 'csv, pdf' });
  const out = required(v, 'out');
  const { entries, head, board } = await withBoard(required(v, 'db'), null, async (b) => {
    const all: JournalEntryView[] = [];
    for (;;) {
      const page = await b.call('journal.list', { offset: all.length, limit: PAGE });
      all.push(...page.entries);
      if (page.entries.length === 0 || all.length >= page.total) break;
    }
    return { entries: all.reverse(), head: (await b.call('record.head', {})).head, board: (await b.call('boards.current', {})).board };
  });
  const headText = head ? `${head.seq}:${head.hash}` : '0';
  if (format === 'csv') {
    let csv = csvRow([archive.csvTitle, board?.name ?? '', board?.kommun_name ?? '', fillTemplate(archive.csvHead, { head: headText })]);
    csv += csvRow(Object.values(archive.csvColumns));
    for (const e of entries) csv += csvRow([e.seq, e.occurred_at, e.recorded_at, e.kind, e.actor, e.text, e.significant, e.corrects, e.correction_reason, e.by, e.source]);
    writeFileAtomically(out, `\uFEFF${csv}`);
  } else {
    writeFileAtomically(out, await htmlToPdf(journalHtml(board?.name ?? '', board?.exercise ?? false, headText, entries)));
  }
  io.out(io.tr.t('exported', { path: out }));
  return 0;
}

const esc = escapeMarkup;
/** The journal archive is the record's, kept in Swedish whatever language the CLI speaks (as reports are). */
const archive = svReports.archive;

function journalHtml(name: string, exercise: boolean, head: string, entries: readonly JournalEntryView[]): string {
  const corrects = (e: JournalEntryView): string => (e.corrects ? ` <em>(${esc(fillTemplate(archive.corrects, { seq: e.corrects, reason: e.correction_reason ?? '' }))})</em>` : '');
  const rows = entries
    .map((e) => `<tr><td>${e.seq}</td><td>${esc(stockholmDateTime(e.occurred_at))}</td><td>${esc(svCli.kinds[e.kind])}</td><td>${esc(e.actor ?? '')}</td><td>${esc(e.text)}${corrects(e)}</td><td>${esc(e.by)}</td></tr>`)
    .join('\n');
  const title = esc(fillTemplate(archive.title, { name }));
  const headings = Object.values(archive.columns).map((c) => `<th>${esc(c)}</th>`).join('');
  // Inside a CSS string: the words are ours (the locale file), the head is hex and a number.
  const footer = fillTemplate(archive.headFooter, { head: head.slice(0, 24) });
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title><style>
@page { size: A4; margin: 16mm 14mm 18mm; @bottom-right { content: "${archive.page} " counter(page) " ${archive.of} " counter(pages); font: 8pt sans-serif; } @bottom-left { content: "${footer}"; font: 8pt sans-serif; } }
body { font: 9pt/1.35 "Noto Sans", "DejaVu Sans", sans-serif; } table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #888; padding: 2pt 3pt; vertical-align: top; text-align: left; white-space: pre-wrap; }
thead { display: table-header-group; } tr { break-inside: avoid; } .exercise { background: #ffd400; border: 2px solid #000; font-weight: 800; text-align: center; letter-spacing: .2em; }
</style></head><body>${exercise ? `<div class="exercise">${esc(archive.exercise)}</div>` : ''}<h1>${title}</h1><p>${esc(fillTemplate(archive.covers, { head }))}</p>
<table><thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table></body></html>`;
}
