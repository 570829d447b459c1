import type Database from 'better-sqlite3';
import type { SeatRole } from '../../../shared/api/protocol.js';
import { actorOverdue, assignmentOverdue } from '../../../shared/actors/overdue.js';
import type {
  Actor,
  ActorLevel,
  ActorStatus,
  ActorType,
  Agreement,
  Assignment,
  AssignmentStatus,
  Conference,
  ConferenceKind,
  ConferenceTurn,
  Contact,
  NextConference,
} from '../../../shared/domain/actor.js';
import { statement } from '../db/statements.js';

/**
 * The actors capability's reads: rows of its projection turned into the contract's shapes.
 * Overdue is computed with the board's clock (`now`), so tests control it. A wall seat gets no
 * contact details (`contacts: null`): reads and events alike go through actorView.
 */

interface ActorRow {
  id: number;
  name: string;
  type: ActorType;
  contacts: string;
  liaison: string | null;
  rakel_group: string | null;
  our_contact: string | null;
  report_interval_min: number;
  retired: number;
  registered_at: string;
  status_record: number | null;
}

interface StatusRow {
  record_seq: number;
  actor: number;
  level: ActorLevel;
  situation: string | null;
  needs: string | null;
  offers: string | null;
  reported_at: string;
  reported_by: string;
  by: string;
  journal_seq: number;
  conference: number | null;
}

const ACTOR_SELECT = 'SELECT id, name, type, contacts, liaison, rakel_group, our_contact, report_interval_min, retired, registered_at, status_record FROM actor';
const STATUS_SELECT = 'SELECT record_seq, actor, level, situation, needs, offers, reported_at, reported_by, by, journal_seq, conference FROM actor_status';

/** May this seat see contact details? Only staff seats and the desktop window. */
export const seesContacts = (role: SeatRole): boolean => role === 'staff';

function statusFromRow(r: StatusRow): ActorStatus {
  return {
    level: r.level,
    situation: r.situation,
    needs: r.needs,
    offers: r.offers,
    reported_at: r.reported_at,
    reported_by: r.reported_by,
    by: r.by,
    record_seq: r.record_seq,
    journal_seq: r.journal_seq,
    conference: r.conference,
  };
}

function actorFromRow(db: Database.Database, row: ActorRow, now: Date, role: SeatRole): Actor {
  const statusRow = row.status_record === null ? undefined : statement<[number], StatusRow>(db, `${STATUS_SELECT} WHERE record_seq = ?`).get(row.status_record);
  const status = statusRow ? statusFromRow(statusRow) : null;
  // Not heard from within its interval: counted from its last report. An actor that has never
  // reported is awaiting its first report, not overdue (a new board would otherwise flag them all).
  const dueAt = status ? new Date(Date.parse(status.reported_at) + row.report_interval_min * 60_000).toISOString() : null;
  const retired = row.retired === 1;
  // How to reach an actor and who handles it stay off the wall: the room sees status, not people.
  const shown = seesContacts(role);
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    contacts: shown ? (JSON.parse(row.contacts) as Contact[]) : null,
    liaison: shown ? row.liaison : null,
    rakel_group: shown ? row.rakel_group : null,
    our_contact: shown ? row.our_contact : null,
    report_interval_min: row.report_interval_min,
    retired,
    registered_at: row.registered_at,
    status,
    due_at: dueAt,
    overdue: actorOverdue({ retired, due_at: dueAt }, now),
  };
}

export function getActor(db: Database.Database, id: number, now: Date, role: SeatRole): Actor | null {
  const row = statement<[number], ActorRow>(db, `${ACTOR_SELECT} WHERE id = ?`).get(id);
  return row ? actorFromRow(db, row, now, role) : null;
}

export function listActors(db: Database.Database, now: Date, role: SeatRole, includeRetired = true): Actor[] {
  const rows = statement<[], ActorRow>(db, `${ACTOR_SELECT} ORDER BY id`).all();
  return rows.filter((r) => includeRetired || r.retired === 0).map((r) => actorFromRow(db, r, now, role));
}

/** An actor's id by exact name (names are unique among actors), or null. */
export function actorIdByName(db: Database.Database, name: string): number | null {
  return statement<[string], { id: number }>(db, 'SELECT id FROM actor WHERE name = ?').get(name)?.id ?? null;
}

export function statusHistory(db: Database.Database, actor: number): ActorStatus[] {
  return statement<[number], StatusRow>(db, `${STATUS_SELECT} WHERE actor = ? ORDER BY record_seq DESC`).all(actor).map(statusFromRow);
}

interface AssignmentRow {
  id: number;
  actor: number;
  actor_name: string;
  what: string;
  due_at: string | null;
  decision: number | null;
  status: AssignmentStatus;
  note: string | null;
  given_at: string;
  given_by: string;
  changed_at: string;
}

const ASSIGNMENT_SELECT = `SELECT a.id, a.actor, actor.name AS actor_name, a.what, a.due_at, a.decision, a.status, a.note, a.given_at, a.given_by, a.changed_at
  FROM actor_assignment a JOIN actor ON actor.id = a.actor`;

function assignmentFromRow(r: AssignmentRow, now: Date): Assignment {
  return { ...r, overdue: assignmentOverdue(r, now) };
}

export function getAssignment(db: Database.Database, id: number, now: Date): Assignment | null {
  const row = statement<[number], AssignmentRow>(db, `${ASSIGNMENT_SELECT} WHERE a.id = ?`).get(id);
  return row ? assignmentFromRow(row, now) : null;
}

export interface AssignmentFilter {
  actor?: number | undefined;
  statuses?: readonly AssignmentStatus[] | undefined;
  overdue?: boolean | undefined;
}

/** Assignments, oldest first, filtered by actor, status and whether they are overdue. */
export function listAssignments(db: Database.Database, now: Date, filter: AssignmentFilter = {}): Assignment[] {
  const rows =
    filter.actor === undefined
      ? statement<[], AssignmentRow>(db, `${ASSIGNMENT_SELECT} ORDER BY a.id`).all()
      : statement<[number], AssignmentRow>(db, `${ASSIGNMENT_SELECT} WHERE a.actor = ? ORDER BY a.id`).all(filter.actor);
  return rows
    .map((r) => assignmentFromRow(r, now))
    .filter((a) => (filter.statuses === undefined || filter.statuses.includes(a.status)) && (filter.overdue === undefined || a.overdue === filter.overdue));
}

interface AgreementRow {
  id: number;
  conference: number | null;
  journal_seq: number;
  text: string;
  beslut_i_stort: string | null;
  decided_at: string;
  by: string;
}

const AGREEMENT_SELECT = 'SELECT id, conference, journal_seq, text, beslut_i_stort, decided_at, by FROM actor_agreement';

/** The assignments given from an agreement: with it, or later from its decision entry. */
function assignmentsFrom(db: Database.Database, journalSeq: number): number[] {
  return statement<[number], { id: number }>(db, 'SELECT id FROM actor_assignment WHERE decision = ? ORDER BY id').all(journalSeq).map((r) => r.id);
}

function agreementFromRow(db: Database.Database, r: AgreementRow): Agreement {
  return {
    id: r.id,
    conference: r.conference,
    journal_seq: r.journal_seq,
    text: r.text,
    beslut_i_stort: r.beslut_i_stort === null ? null : (JSON.parse(r.beslut_i_stort) as Agreement['beslut_i_stort']),
    decided_at: r.decided_at,
    by: r.by,
    assignments: assignmentsFrom(db, r.journal_seq),
  };
}

export function getAgreement(db: Database.Database, id: number): Agreement | null {
  const row = statement<[number], AgreementRow>(db, `${AGREEMENT_SELECT} WHERE id = ?`).get(id);
  return row ? agreementFromRow(db, row) : null;
}

/** Agreements, newest first; optionally only the Beslut i stort (or only the others). */
export function listAgreements(db: Database.Database, beslutIStort?: boolean): Agreement[] {
  return statement<[], AgreementRow>(db, `${AGREEMENT_SELECT} ORDER BY id DESC`)
    .all()
    .map((r) => agreementFromRow(db, r))
    .filter((a) => beslutIStort === undefined || (a.beslut_i_stort !== null) === beslutIStort);
}

interface ConferenceRow {
  id: number;
  kind: ConferenceKind;
  attendees: string;
  started_at: string;
  started_by: string;
  ended_at: string | null;
  current_turn: number | null;
  next_at: string | null;
}

interface TurnRow {
  record_seq: number;
  actor: number;
  started_at: string;
  ended_at: string | null;
  report_seq: number | null;
}

const CONFERENCE_SELECT = 'SELECT id, kind, attendees, started_at, started_by, ended_at, current_turn, next_at FROM actor_conference';

function actorName(db: Database.Database, id: number): string {
  return statement<[number], { name: string }>(db, 'SELECT name FROM actor WHERE id = ?').get(id)?.name ?? `#${id}`;
}

function conferenceFromRow(db: Database.Database, r: ConferenceRow): Conference {
  const attendees = (JSON.parse(r.attendees) as number[]).map((id) => ({ id, name: actorName(db, id) }));
  const turns: ConferenceTurn[] = statement<[number], TurnRow>(
    db,
    'SELECT record_seq, actor, started_at, ended_at, report_seq FROM actor_conference_turn WHERE conference = ? ORDER BY record_seq',
  )
    .all(r.id)
    .map((t) => ({ actor: t.actor, actor_name: actorName(db, t.actor), started_at: t.started_at, ended_at: t.ended_at, report_seq: t.report_seq }));
  const current = r.current_turn === null ? null : (statement<[number], { actor: number }>(db, 'SELECT actor FROM actor_conference_turn WHERE record_seq = ?').get(r.current_turn)?.actor ?? null);
  const agreements = statement<[number], AgreementRow>(db, `${AGREEMENT_SELECT} WHERE conference = ? ORDER BY id`).all(r.id).map((a) => agreementFromRow(db, a));
  return {
    id: r.id,
    kind: r.kind,
    attendees,
    started_at: r.started_at,
    started_by: r.started_by,
    ended_at: r.ended_at,
    turns,
    current,
    agreements,
    next_at: r.next_at,
  };
}

export function getConference(db: Database.Database, id: number): Conference | null {
  const row = statement<[number], ConferenceRow>(db, `${CONFERENCE_SELECT} WHERE id = ?`).get(id);
  return row ? conferenceFromRow(db, row) : null;
}

/** The conference under way: the latest one, if it has not ended. */
export function runningConference(db: Database.Database): Conference | null {
  const row = statement<[], ConferenceRow>(db, `${CONFERENCE_SELECT} ORDER BY id DESC LIMIT 1`).get();
  return row && row.ended_at === null ? conferenceFromRow(db, row) : null;
}

export function listConferences(db: Database.Database): Conference[] {
  return statement<[], ConferenceRow>(db, `${CONFERENCE_SELECT} ORDER BY id DESC`).all().map((r) => conferenceFromRow(db, r));
}

export function nextConference(db: Database.Database, now: Date): NextConference | null {
  const row = statement<[], { at: string | null; kind: ConferenceKind | null }>(db, 'SELECT at, kind FROM actor_next_conference WHERE id = 1').get();
  if (!row || row.at === null) return null;
  return { at: row.at, kind: row.kind, seconds_left: Math.ceil((Date.parse(row.at) - now.getTime()) / 1000) };
}
