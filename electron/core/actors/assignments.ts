import type { AssignmentStatus } from '../../../shared/domain/actor.js';
import { statement } from '../db/statements.js';
import { appendAutomaticEntry } from '../journal/write.js';
import type { WriteContext } from '../record/write.js';
import { notFound, refused } from './errors.js';
import { assignedText, assignmentStatusText } from './journal-text.js';
import { requireActive, requireActor } from './registry.js';
import { SqliteRowStore } from './stores.js';

export interface NewAssignment {
  actor: number;
  what: string;
  due_at: string | null;
  /** The decision (journal entry seq) it comes from. */
  decision: number | null;
}

/** A decision entry must exist and be a decision to give an assignment from it. */
function requireDecision(ctx: WriteContext, seq: number): void {
  const row = statement<[number], { kind: string }>(ctx.db, 'SELECT kind FROM journal_entry WHERE seq = ?').get(seq);
  if (!row) throw notFound('entry', seq);
  if (row.kind !== 'decision') throw refused('decision', 'not_decision', `entry ${seq} is not a decision`, { seq });
}

/** Gives an assignment (uppdrag): its journal entry under the actor, then its record. */
export function giveAssignment(ctx: WriteContext, a: NewAssignment): number {
  const actor = requireActive(ctx.db, a.actor);
  if (a.decision !== null) requireDecision(ctx, a.decision);
  const id = (new SqliteRowStore(ctx.db).maxKey('assignment') ?? 0) + 1;
  const entry = appendAutomaticEntry(ctx, {
    kind: 'action',
    text: assignedText(actor.name, a.what, a.due_at),
    source: `assignment/${id}`,
    actor: actor.name,
  });
  ctx.append('actor.assignment_given', `assignment/${id}`, { assignment: id, actor: a.actor, what: a.what, due_at: a.due_at, decision: a.decision, journal_seq: entry.seq });
  return id;
}

const CLOSED: readonly AssignmentStatus[] = ['done', 'cancelled'];

/**
 * given → accepted → done, or cancelled; a done or cancelled assignment is closed (give a new
 * one instead). The same status again changes nothing.
 */
export function changeAssignment(ctx: WriteContext, id: number, status: AssignmentStatus, note: string | null): void {
  const row = statement<[number], { actor: number; what: string; status: AssignmentStatus }>(ctx.db, 'SELECT actor, what, status FROM actor_assignment WHERE id = ?').get(id);
  if (!row) throw notFound('assignment', id);
  if (row.status === status && note === null) return;
  if (CLOSED.includes(row.status)) throw refused('status', 'assignment_closed', `assignment ${id} is already ${row.status}`, { status: row.status });
  const actor = requireActor(ctx.db, row.actor);
  const entry = appendAutomaticEntry(ctx, {
    kind: 'action',
    text: assignmentStatusText(id, actor.name, status, row.what, note),
    source: `assignment/${id}`,
    actor: actor.name,
  });
  ctx.append('actor.assignment_changed', `assignment/${id}`, { assignment: id, status, note, journal_seq: entry.seq });
}
