import type { BeslutIStortParts, ConferenceKind } from '../../../shared/domain/actor.js';
import type { JournalEntry } from '../../../shared/domain/journal.js';
import { statement } from '../db/statements.js';
import { appendAutomaticEntry } from '../journal/write.js';
import type { WriteContext } from '../record/write.js';
import { giveAssignment, type NewAssignment } from './assignments.js';
import { notFound, refused } from './errors.js';
import { beslutIStortText, conferenceEndedText, conferenceStartedText } from './journal-text.js';
import { requireActive, requireActor } from './registry.js';
import { reportStatus, type NewStatus } from './status.js';
import { SqliteRowStore } from './stores.js';

interface ConferenceState {
  id: number;
  kind: ConferenceKind;
  attendees: number[];
  ended: boolean;
  /** The actor whose turn is under way, or null. */
  current: number | null;
  /** The actor of the latest turn (under way or not), or null before the first. */
  last: number | null;
}

function requireConference(ctx: WriteContext, id: number): ConferenceState {
  const row = statement<[number], { kind: ConferenceKind; attendees: string; ended_at: string | null; current_turn: number | null }>(
    ctx.db,
    'SELECT kind, attendees, ended_at, current_turn FROM actor_conference WHERE id = ?',
  ).get(id);
  if (!row) throw notFound('conference', id);
  const turnActor = (sql: string): number | null => statement<[number], { actor: number }>(ctx.db, sql).get(id)?.actor ?? null;
  return {
    id,
    kind: row.kind,
    attendees: JSON.parse(row.attendees) as number[],
    ended: row.ended_at !== null,
    current: row.current_turn === null ? null : turnActor('SELECT t.actor FROM actor_conference_turn t JOIN actor_conference c ON t.record_seq = c.current_turn WHERE c.id = ?'),
    last: turnActor('SELECT actor FROM actor_conference_turn WHERE conference = ? ORDER BY record_seq DESC LIMIT 1'),
  };
}

function requireRunning(ctx: WriteContext, id: number): ConferenceState {
  const c = requireConference(ctx, id);
  if (c.ended) throw refused('conference', 'conference_ended', `conference ${id} has ended`, { id });
  return c;
}

function requireAttending(ctx: WriteContext, c: ConferenceState, actor: number): void {
  if (!c.attendees.includes(actor)) {
    const { name } = requireActor(ctx.db, actor);
    throw refused('actor', 'not_attending', `${name} does not attend conference ${c.id}`, { name });
  }
}

/** Starts a samverkanskonferens (one at a time) with its attendees in reporting order. */
export function startConference(ctx: WriteContext, kind: ConferenceKind, attendees: readonly number[]): number {
  const store = new SqliteRowStore(ctx.db);
  const latest = store.maxKey('conference');
  if (latest !== null && !requireConference(ctx, latest).ended) {
    throw refused('conference', 'conference_running', `conference ${latest} is under way`, { id: latest });
  }
  const unique = [...new Set(attendees)];
  const names = unique.map((id) => requireActive(ctx.db, id).name);
  const id = (latest ?? 0) + 1;
  const entry = appendAutomaticEntry(ctx, { kind: 'information', text: conferenceStartedText(kind, names), source: `conference/${id}` });
  ctx.append('actor.conference_started', `conference/${id}`, { conference: id, kind, attendees: unique, journal_seq: entry.seq });
  return id;
}

/** Starts an actor's turn: the one named, or the attendee after the latest turn's (the first at the start). */
export function startTurn(ctx: WriteContext, conferenceId: number, actor?: number): void {
  const c = requireRunning(ctx, conferenceId);
  let next = actor;
  if (next === undefined) {
    const after = c.last === null ? -1 : c.attendees.indexOf(c.last);
    next = c.attendees[after + 1];
    if (next === undefined) throw refused('actor', 'no_next_turn', `every attendee of conference ${c.id} has had a turn`);
  }
  requireAttending(ctx, c, next);
  if (c.current === next) return;
  ctx.append('actor.conference_turn', `conference/${c.id}`, { conference: c.id, actor: next });
}

/**
 * An actor's report: its turn is started if it is not under way, then one journal entry under
 * the actor (its words and its new status) and the actor.status record, in one write.
 */
export function conferenceReport(ctx: WriteContext, conferenceId: number, actor: number, report: string, status: NewStatus): JournalEntry {
  const c = requireRunning(ctx, conferenceId);
  requireAttending(ctx, c, actor);
  if (c.current !== actor) ctx.append('actor.conference_turn', `conference/${c.id}`, { conference: c.id, actor });
  const entry = reportStatus(ctx, actor, status, { conference: c.id, report });
  ctx.append('actor.conference_report', `conference/${c.id}`, { conference: c.id, actor, journal_seq: entry.seq });
  return entry;
}

export function setNextConference(ctx: WriteContext, at: string | null, kind: ConferenceKind | null): void {
  ctx.append('actor.next_conference', 'conference/next', { at, kind: at === null ? null : kind });
}

export function endConference(ctx: WriteContext, conferenceId: number, nextAt: string | null, nextKind: ConferenceKind | null): void {
  const c = requireRunning(ctx, conferenceId);
  const entry = appendAutomaticEntry(ctx, { kind: 'information', text: conferenceEndedText(c.kind, nextAt), source: `conference/${c.id}` });
  ctx.append('actor.conference_ended', `conference/${c.id}`, { conference: c.id, journal_seq: entry.seq });
  if (nextAt !== null) setNextConference(ctx, nextAt, nextKind);
}

export interface NewAgreement {
  conference: number | null;
  text: string;
  beslut_i_stort: BeslutIStortParts | null;
  assignments: readonly Omit<NewAssignment, 'decision'>[];
}

/**
 * An agreement: a significant decision in the journal (a Beslut i stort with its parts, agreed
 * at the directing level), the assignments given from it, and its record, in one write.
 */
export function agree(ctx: WriteContext, a: NewAgreement): number {
  if (a.conference !== null) {
    const c = requireRunning(ctx, a.conference);
    if (a.beslut_i_stort !== null && c.kind !== 'directing') {
      throw refused('beslut_i_stort', 'bis_needs_directing', 'a Beslut i stort is agreed in a directing conference');
    }
  }
  const bis = a.beslut_i_stort === null ? null : { ...a.beslut_i_stort, agreeing: [...new Set(a.beslut_i_stort.agreeing)] };
  const agreeingNames = bis?.agreeing.map((id) => requireActor(ctx.db, id).name) ?? [];
  const id = (new SqliteRowStore(ctx.db).maxKey('agreement') ?? 0) + 1;
  const entry = appendAutomaticEntry(ctx, {
    kind: 'decision',
    text: bis ? beslutIStortText(a.text, { ...bis, agreeing: agreeingNames }) : a.text,
    source: `agreement/${id}`,
    significant: true,
  });
  const assignments = a.assignments.map((x) => giveAssignment(ctx, { ...x, decision: entry.seq }));
  ctx.append('actor.agreement', `agreement/${id}`, {
    agreement: id,
    conference: a.conference,
    text: a.text,
    journal_seq: entry.seq,
    beslut_i_stort: bis,
    assignments,
  });
  return id;
}
