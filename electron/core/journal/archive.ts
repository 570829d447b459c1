import { basename } from 'node:path';
import type { BoardInfo } from '../../../shared/domain/board.js';
import type { JournalEntryView } from '../../../shared/domain/journal.js';
import type { RecordHead } from '../../../shared/record/record.js';
import { fillTemplate } from '../../../shared/locales/fill.js';
import svCli from '../../../shared/locales/sv/cli.json';
import svReports from '../../../shared/locales/sv/reports.json';
import { stockholmDateTime } from '../../../shared/time.js';
import { csvRow } from '../files/csv.js';
import { escapeMarkup } from '../xml/escape.js';
import type { JournalReader } from './list.js';

/**
 * The whole journal for the archive (loggbok), as CSV or as the page a PDF is printed from, each
 * stating the record head it covers so `samlad verify --expect-head` can hold the board to it.
 * Kept in Swedish whatever language the seat or CLI speaks, as reports are: it is the record's.
 */
const archive = svReports.archive;

export interface JournalArchive {
  board: BoardInfo;
  head: RecordHead | null;
  /** Oldest first. */
  entries: JournalEntryView[];
}

/** Every entry, oldest first; the caller holds one read transaction, so rows and head agree. */
export function gatherArchive(reader: JournalReader, board: BoardInfo, head: RecordHead | null): JournalArchive {
  return { board, head, entries: reader.all() };
}

const headText = (head: RecordHead | null): string => (head ? `${head.seq}:${head.hash}` : '0');

/** The archive's file name: the board file's own name, e.g. loggbok-storm-hilda-20261124-0645.csv. */
export function archiveFileName(board: BoardInfo, extension: 'csv' | 'html' | 'pdf'): string {
  return `loggbok-${basename(board.path).replace(/\.samlad$/, '')}.${extension}`;
}

/** CSV with a byte-order mark (spreadsheets then read it as UTF-8); no field can run as a formula. */
export function archiveCsv({ board, head, entries }: JournalArchive): string {
  let csv = csvRow([archive.csvTitle, board.name, board.kommun_name, fillTemplate(archive.csvHead, { head: headText(head) })]);
  csv += csvRow(Object.values(archive.csvColumns));
  for (const e of entries) csv += csvRow([e.seq, e.occurred_at, e.recorded_at, e.kind, e.actor, e.text, e.significant, e.corrects, e.correction_reason, e.by, e.source]);
  return `\uFEFF${csv}`;
}

const esc = escapeMarkup;

/** A self-contained A4 page (no scripts, nothing loaded) with page numbers and the head in the footer. */
export function archiveHtml({ board, head, entries }: JournalArchive): string {
  const covers = headText(head);
  const corrects = (e: JournalEntryView): string => (e.corrects ? ` <em>(${esc(fillTemplate(archive.corrects, { seq: e.corrects, reason: e.correction_reason ?? '' }))})</em>` : '');
  const rows = entries
    .map((e) => `<tr><td>${e.seq}</td><td>${esc(stockholmDateTime(e.occurred_at))}</td><td>${esc(svCli.kinds[e.kind])}</td><td>${esc(e.actor ?? '')}</td><td>${esc(e.text)}${corrects(e)}</td><td>${esc(e.by)}</td></tr>`)
    .join('\n');
  const title = esc(fillTemplate(archive.title, { name: board.name }));
  const headings = Object.values(archive.columns).map((c) => `<th>${esc(c)}</th>`).join('');
  // Inside a CSS string: the words are ours (the locale file), the head is hex and a number.
  const footer = fillTemplate(archive.headFooter, { head: covers.slice(0, 24) });
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title><style>
@page { size: A4; margin: 16mm 14mm 18mm; @bottom-right { content: "${archive.page} " counter(page) " ${archive.of} " counter(pages); font: 8pt sans-serif; } @bottom-left { content: "${footer}"; font: 8pt sans-serif; } }
body { font: 9pt/1.35 "Noto Sans", "DejaVu Sans", sans-serif; } table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #888; padding: 2pt 3pt; vertical-align: top; text-align: left; white-space: pre-wrap; }
thead { display: table-header-group; } tr { break-inside: avoid; } .exercise { background: #ffd400; border: 2px solid #000; font-weight: 800; text-align: center; letter-spacing: .2em; }
</style></head><body>${board.exercise ? `<div class="exercise">${esc(archive.exercise)}</div>` : ''}<h1>${title}</h1><p>${esc(fillTemplate(archive.covers, { head: covers }))}</p>
<table><thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table></body></html>`;
}
