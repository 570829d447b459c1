import { actorOverdue, assignmentOverdue } from '../actors/overdue.js';
import type { Actor, Assignment } from '../domain/actor.js';
import type { JournalEntryView } from '../domain/journal.js';

/**
 * What the wall's Overdue and Decisions panels show, chosen by the wall's own clock (`now`), so a
 * report that falls due shows up without anything being written. "Overdue" is the actors
 * capability's own rule (shared/actors/overdue.ts).
 */

const byDue = (a: { due_at: string | null }, b: { due_at: string | null }): number => Date.parse(a.due_at ?? '') - Date.parse(b.due_at ?? '');

/** Actors whose status report is overdue, the longest overdue first. */
export function overdueActors(actors: readonly Actor[], now: Date): Actor[] {
  return actors.filter((a) => actorOverdue(a, now)).sort((a, b) => byDue(a, b) || a.id - b.id);
}

/** Open assignments past their due time, the longest overdue first. */
export function overdueAssignments(assignments: readonly Assignment[], now: Date): Assignment[] {
  return assignments.filter((a) => assignmentOverdue(a, now)).sort((a, b) => byDue(a, b) || a.id - b.id);
}

/**
 * The latest decisions and significant entries, newest first (by when they happened), each once:
 * an entry that has been corrected gives way to its correction, which is in the lists itself.
 */
export function latestDecisions(lists: readonly (readonly JournalEntryView[])[], limit: number): JournalEntryView[] {
  const bySeq = new Map<number, JournalEntryView>();
  for (const list of lists) for (const e of list) if (e.corrected_by === null) bySeq.set(e.seq, e);
  return [...bySeq.values()].sort((a, b) => Date.parse(b.occurred_at) - Date.parse(a.occurred_at) || b.seq - a.seq).slice(0, limit);
}
