import type Database from 'better-sqlite3';
import type { Conference } from '../../../shared/domain/actor.js';
import type { BoardInfo } from '../../../shared/domain/board.js';
import type { RecordHead } from '../../../shared/record/record.js';
import svActors from '../../../shared/locales/sv/actors.json';
import { stockholmDate, stockholmDateTime, stockholmTime } from '../../../shared/time.js';
import { statement } from '../db/statements.js';
import { textPdf, type PdfLine } from './pdf.js';
import { getAssignment, statusHistory } from './read.js';
import { fillTemplate } from '../../../shared/locales/fill.js';

/**
 * A conference's protokoll as Markdown: attendees, each actor's report and status, agreements
 * (Beslut i stort with its parts), the assignments given from them, and the next time. In
 * Swedish, like the journal it is drawn from; stamped ÖVNING on an exercise and carrying the
 * record's head, so a reader can prove the file still holds what it was made from.
 */
const w = svActors.conference.protocol;

/** User text is text: characters Markdown would read as markup (or HTML) are escaped. */
export function markdownText(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|~!]/g, (c) => `\\${c}`).replace(/\n/g, '  \n');
}

function entryText(db: Database.Database, seq: number): string | null {
  return statement<[number], { text: string }>(db, 'SELECT text FROM journal_entry WHERE seq = ?').get(seq)?.text ?? null;
}

export function conferenceProtocol(db: Database.Database, c: Conference, board: BoardInfo, head: RecordHead | null, now: Date): { markdown: string; filename: string } {
  const out: string[] = [];
  const kind = svActors.conference.kind[c.kind];
  if (board.exercise) out.push(`**${w.exercise}**`, '');
  out.push(`# ${markdownText(fillTemplate(w.title, { kind }))} #${c.id}`, '');
  out.push(`- ${w.board}: ${markdownText(board.name)} (${markdownText(board.kommun_name)})`);
  out.push(`- ${w.started}: ${stockholmDateTime(c.started_at)}`);
  if (c.ended_at) out.push(`- ${w.ended}: ${stockholmDateTime(c.ended_at)}`);
  out.push('', `## ${w.attendees}`, '');
  for (const a of c.attendees) out.push(`- ${markdownText(a.name)}`);

  out.push('', `## ${w.reports}`, '');
  for (const a of c.attendees) {
    out.push(`### ${markdownText(a.name)}`, '');
    const turns = c.turns.filter((t) => t.actor === a.id && t.report_seq !== null);
    const status = statusHistory(db, a.id).find((s) => s.conference === c.id);
    if (turns.length === 0 || !status) {
      out.push(w.noReport, '');
      continue;
    }
    out.push(`- ${w.level}: ${svActors.level[status.level]} (${stockholmTime(status.reported_at)}, ${markdownText(status.reported_by)})`);
    if (status.situation) out.push(`- ${w.situation}: ${markdownText(status.situation)}`);
    if (status.needs) out.push(`- ${w.needs}: ${markdownText(status.needs)}`);
    if (status.offers) out.push(`- ${w.offers}: ${markdownText(status.offers)}`);
    for (const t of turns) {
      const text = t.report_seq === null ? null : entryText(db, t.report_seq);
      if (text) out.push('', `${markdownText(text)} (#${t.report_seq})`);
    }
    out.push('');
  }

  out.push(`## ${w.agreements}`, '');
  if (c.agreements.length === 0) out.push(w.noAgreements, '');
  for (const ag of c.agreements) {
    const bis = ag.beslut_i_stort;
    out.push(`${bis ? `**${svActors.conference.beslutIStort}:** ` : ''}${markdownText(ag.text)} (#${ag.journal_seq}, ${stockholmTime(ag.decided_at)})`);
    if (bis) {
      const names = bis.agreeing.map((id) => c.attendees.find((x) => x.id === id)?.name ?? `#${id}`);
      out.push(`- ${w.intent}: ${markdownText(bis.intent)}`);
      if (bis.achieve) out.push(`- ${w.achieve}: ${markdownText(bis.achieve)}`);
      if (bis.responsibilities) out.push(`- ${w.responsibilities}: ${markdownText(bis.responsibilities)}`);
      if (bis.until) out.push(`- ${w.until}: ${stockholmDateTime(bis.until)}`);
      if (bis.decided_by) out.push(`- ${w.decidedBy}: ${markdownText(bis.decided_by)}`);
      if (names.length > 0) out.push(`- ${w.agreeing}: ${names.map(markdownText).join(', ')}`);
    }
    out.push('');
  }

  out.push(`## ${w.assignments}`, '');
  const assignments = c.agreements.flatMap((ag) => ag.assignments).map((id) => getAssignment(db, id, now)).filter((a) => a !== null);
  if (assignments.length === 0) out.push(w.noAssignments);
  for (const a of assignments) {
    const due = a.due_at ? ` – ${fillTemplate(svActors.assignment.due, { time: stockholmDateTime(a.due_at) })}` : '';
    out.push(`- ${markdownText(a.actor_name)}: ${markdownText(a.what)}${due} (${svActors.assignment.status[a.status]})`);
  }

  out.push('', `## ${w.nextTime}`, '', c.next_at ? stockholmDateTime(c.next_at) : w.notSet);
  if (head) out.push('', '---', '', fillTemplate(w.head, { seq: head.seq, hash: head.hash }));
  return { markdown: `${out.join('\n')}\n`, filename: `samverkanskonferens-${c.id}-${stockholmDate(c.started_at)}.md` };
}

/** The protokoll's Markdown as lines of a text PDF: headings stay headings, markup goes. */
export function protocolPdfLines(markdown: string): PdfLine[] {
  return markdown
    .split('\n')
    .filter((l) => l.trim() !== '---')
    .map((l): PdfLine => {
      const heading = /^(#{1,3}) /.exec(l);
      const body = (heading ? l.slice(heading[0].length) : l)
        .trimEnd()
        .replace(/(?<!\\)\*\*/g, '')
        .replace(/\\(.)/g, '$1');
      return { text: body, heading: heading ? (heading[1]?.length as 1 | 2 | 3) : 0 };
    });
}

/** The protokoll as a PDF (A4, Helvetica), its footer naming the conference and the record's head. */
export function conferenceProtocolPdf(db: Database.Database, c: Conference, board: BoardInfo, head: RecordHead | null, now: Date): { pdf_base64: string; filename: string } {
  const { markdown, filename } = conferenceProtocol(db, c, board, head, now);
  const footer = `${board.exercise ? `${w.exercise} – ` : ''}${board.name} – ${svActors.conference.kind[c.kind]} #${c.id}`;
  return { pdf_base64: textPdf(protocolPdfLines(markdown), footer).toString('base64'), filename: filename.replace(/\.md$/, '.pdf') };
}
