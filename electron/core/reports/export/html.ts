import type { ReportDocument } from '../../../../shared/reports/domain.js';
import { stockholmDateTime } from '../../../../shared/time.js';
import { escapeMarkup } from '../../xml/escape.js';
import { levelSv } from '../compose.js';
import { fillTemplate } from '../../../../shared/locales/fill.js';
import svReports from '../../../../shared/locales/sv/reports.json';

const esc = escapeMarkup;

/**
 * A frozen report as one printable HTML page (A4, page numbers, the ÖVNING stamp on an exercise
 * board, the head hash in the footer): what the PDF is printed from. Every text is escaped; no
 * script, no external resource.
 */
export function reportHtml(doc: ReportDocument): string {
  const title = `Lägesrapport nr ${doc.number} – ${doc.board.name}`;
  const head = `${doc.head.seq}:${doc.head.hash}`;
  const sections = doc.body.sections
    .map((s) => `<section><h2>${esc(s.title)}</h2>${s.text.trim() ? `<p>${esc(s.text)}</p>` : '<p class="empty">–</p>'}</section>`)
    .join('\n');
  const actors = doc.body.actors.length
    ? `<table><thead><tr><th>Aktör</th><th>Läge</th><th>Lägesbild</th><th>Rapporterat</th></tr></thead><tbody>${doc.body.actors
        .map((a) => `<tr${a.new ? ' class="new"' : ''}><td>${esc(a.name)}${a.new ? ' <span class="new-mark">NY</span>' : ''}</td><td>${esc(levelSv(a.level))}</td><td>${esc(a.situation ?? '')}</td><td>${a.reported_at ? esc(stockholmDateTime(a.reported_at)) : ''}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  // Inline, not an <img>: Chromium prints an inline SVG as vectors and real text (a PDF a third of
  // the size, and faster). Only this board's own reports are exported, and their SVG is drawn by
  // core from escaped texts (snapshot.ts); a neighbour's snapshot is only ever shown as an image.
  const map = doc.body.map;
  const figure = map
    ? `<figure class="map">${map.svg.replace(/^<svg /, `<svg role="img" aria-label="${esc(fillTemplate(svReports.snapshot.alt, { drawn: map.drawn }))}" `)}${map.left_out > 0 ? `<figcaption>${esc(fillTemplate(svReports.snapshot.leftOut, { count: map.left_out }))}</figcaption>` : ''}</figure>`
    : '';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
  @page { size: A4; margin: 20mm 18mm 22mm; @bottom-left { content: "Huvud ${esc(head.slice(0, 24))}…"; font: 8pt sans-serif; } @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 9pt sans-serif; } }
  body { font: 11pt/1.45 "Noto Sans", "DejaVu Sans", sans-serif; color: #000; hyphens: auto; }
  h1 { font-size: 18pt; margin: 0 0 4pt; }
  h2 { font-size: 12.5pt; margin: 14pt 0 4pt; break-after: avoid; }
  p { white-space: pre-wrap; margin: 0; orphans: 3; widows: 3; }
  .meta { color: #333; font-size: 9.5pt; margin-bottom: 10pt; }
  .exercise { border: 3px solid #000; background: #ffd400; font-weight: 800; font-size: 16pt; text-align: center; padding: 4pt; margin-bottom: 8pt; letter-spacing: 0.2em; }
  .empty { color: #555; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-top: 6pt; }
  th, td { border: 1px solid #777; padding: 2pt 4pt; text-align: left; vertical-align: top; }
  .new-mark { font-weight: 800; border: 1px solid #000; padding: 0 2pt; font-size: 8pt; }
  .map { margin: 10pt 0 4pt; break-inside: avoid; }
  .map svg { display: block; width: 100%; height: auto; max-height: 175mm; }
  .map figcaption { font-size: 8.5pt; color: #333; margin-top: 2pt; }
  footer { margin-top: 16pt; font-size: 8pt; color: #333; word-break: break-all; }
</style>
</head>
<body>
${doc.board.exercise ? '<div class="exercise">ÖVNING</div>' : ''}
<h1>${esc(title)}</h1>
<div class="meta">${esc(doc.board.kommun_name)} kommun · perioden ${esc(stockholmDateTime(doc.body.period.from))}–${esc(stockholmDateTime(doc.body.period.to))} · fastställd ${esc(stockholmDateTime(doc.frozen_at))} av ${esc(doc.frozen_by)}</div>
${figure}
${sections}
${actors}
<footer>Innehållets hash (sha256): ${doc.content_hash}<br>Händelsens huvud vid fastställandet: ${esc(head)} (samlad verify --expect-head ${esc(head)})</footer>
</body>
</html>
`;
}
