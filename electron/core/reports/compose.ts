import type Database from 'better-sqlite3';
import type { BoardInfo } from '../../../shared/domain/board.js';
import { SECTION_KEYS, SECTION_TITLES_SV, type ReportBody, type SectionKey } from '../../../shared/reports/domain.js';
import { stockholmDateTime, stockholmTime } from '../../../shared/time.js';
import { statement } from '../db/statements.js';
import svActors from '../../../shared/locales/sv/actors.json';
import type { ReportSources } from './sources.js';

/** A level as the staff say it (the report is written in Swedish). */
export const levelSv = (level: string): string => (level in svActors.level ? svActors.level[level as keyof typeof svActors.level] : level);

/** At most this many entries are carried (the newest): a report is read, not an archive. */
const ENTRIES_MAX = 2_000;

interface Previous {
  frozen_at: string;
  head_seq: number;
}

interface EntryRow {
  seq: number;
  kind: string;
  text: string;
  actor: string | null;
  occurred_at: string;
  significant: number;
}

/**
 * A new report's facts and first texts, from the board as it stands: the significant entries,
 * decisions and actions recorded since the previous report, the actors' status, published
 * messages and the map. What changed since the previous report is marked `new`.
 */
export function composeReport(db: Database.Database, board: BoardInfo, previous: Previous | null, now: Date, sources: ReportSources): ReportBody {
  const nowIso = now.toISOString();
  const since = previous?.head_seq ?? 0;
  const from = previous?.frozen_at ?? board.created_at;
  const entries = statement<[number, number], EntryRow>(
    db,
    `SELECT seq, kind, text, actor, occurred_at, significant FROM journal_entry
     WHERE record_seq > ? AND (significant = 1 OR kind IN ('decision', 'action'))
     ORDER BY sort_key DESC LIMIT ?`,
  )
    .all(since, ENTRIES_MAX)
    .reverse()
    .map((e) => ({ ...e, significant: e.significant === 1, new: true }));
  const isNew = (at: string | null): boolean => at !== null && at > from;
  const actors = sources.actors(db, now).map((a) => ({ ...a, new: isNew(a.reported_at) }));
  const messages = statement<[], { id: number; published_at: string; channels: string; content: string }>(
    db,
    `SELECT m.id, m.published_at, m.published_channels AS channels, v.content FROM message m
     JOIN message_version v ON v.message = m.id AND v.version = m.published_version
     WHERE m.published_at IS NOT NULL ORDER BY m.published_at`,
  )
    .all()
    .map((m) => ({
      id: m.id,
      // Written by the message projection from checked payloads.
      headline: (JSON.parse(m.content) as { texts: { sv: { headline: string } } }).texts.sv.headline,
      published_at: m.published_at,
      channels: JSON.parse(m.channels) as string[],
      new: isNew(m.published_at),
    }));
  const features = sources.features(db, now).map(({ changed_at: changedAt, ...f }) => ({ ...f, new: isNew(changedAt) }));
  const line = (e: { occurred_at: string; text: string; actor: string | null }): string =>
    `- ${stockholmTime(e.occurred_at)} ${e.actor ? `${e.actor}: ` : ''}${e.text.replace(/\s*\n\s*/g, ' ')}`;

  const texts: Record<SectionKey, string> = {
    event: [`${board.name}, ${board.kommun_name} kommun. Perioden ${stockholmDateTime(from)}–${stockholmDateTime(nowIso)}.`, ...entries.filter((e) => e.significant).map(line)].join('\n'),
    consequences: '',
    actions_taken: entries.filter((e) => e.kind === 'action' || e.kind === 'decision').map(line).join('\n'),
    actions_planned: sources.openAssignments(db, now).map((a) => `- ${a}`).join('\n'),
    resources: actors
      .filter((a) => a.needs || a.offers)
      .map((a) => `- ${a.name}: ${[a.needs ? `behöver ${a.needs}` : '', a.offers ? `kan erbjuda ${a.offers}` : ''].filter(Boolean).join('; ')}`)
      .join('\n'),
    actors: actors.map((a) => `- ${a.name}: ${levelSv(a.level)}${a.situation ? ` – ${a.situation}` : ''}`).join('\n'),
    assessment: '',
    communication: messages.map((m) => `- ${stockholmDateTime(m.published_at)} budskap nr ${m.id}: ${m.headline} (${m.channels.join(', ')})`).join('\n'),
    next_report: '',
  };
  return {
    period: { from, to: nowIso },
    sections: SECTION_KEYS.map((key) => ({ key, title: SECTION_TITLES_SV[key], text: texts[key] })),
    entries,
    actors,
    messages,
    features,
  };
}
