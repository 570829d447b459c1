import type { Actor, Assignment, AssignmentStatus } from '../domain/actor.js';

/**
 * What "overdue" means, in one place: the server's flag on a read (electron/core/actors/read.ts)
 * and every seat's own clock between reads (status tiles, assignment rows, the wall's Overdue
 * panel) judge alike.
 */

/** Assignments still to be done: given or accepted, neither done nor cancelled. */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['given', 'accepted'];

const past = (dueAt: string | null, now: Date): boolean => dueAt !== null && now.getTime() > Date.parse(dueAt);

/** An actor not retired whose next status report (last report + its interval) is past. */
export function actorOverdue(actor: Pick<Actor, 'due_at' | 'retired'>, now: Date): boolean {
  return !actor.retired && past(actor.due_at, now);
}

/** An open assignment past its due time. */
export function assignmentOverdue(a: Pick<Assignment, 'due_at' | 'status'>, now: Date): boolean {
  return OPEN_ASSIGNMENT_STATUSES.includes(a.status) && past(a.due_at, now);
}
