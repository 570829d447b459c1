import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.js';
import type { MethodName } from '../../shared/api/contract.js';
import { LIAISON_ASSIGNMENT_STATUSES } from '../../shared/actors/liaison.js';
import type { AssignmentStatus } from '../../shared/domain/actor.js';
import { statement } from './db/statements.js';
import type { Caller } from './handler-types.js';

/**
 * A samverkansperson (liaison) speaks for one other actor: their seat reports that actor's status
 * and answers its assignments (taken on, done: cancelling one is the staff's), and writes new
 * journal entries (each carries their name and seat).
 * Everything else the staff decides: the mode, the map, messages, reports, the wall, other actors,
 * and corrections of the log. Checked inside the write transaction, against the stored assignment.
 */
export function refuseOutsideLiaisonScope(method: MethodName, input: unknown, caller: Caller, db: Database.Database): void {
  const seat = caller.seat;
  if (seat?.kind !== 'liaison') return;
  const own = seat.actor_id;
  const fits = ((): boolean => {
    if (method === 'journal.append') return true;
    if (method === 'actors.setStatus') return (input as { id: number }).id === own;
    if (method === 'actors.setAssignmentStatus') {
      const { id, status } = input as { id: number; status: AssignmentStatus };
      if (!LIAISON_ASSIGNMENT_STATUSES.includes(status)) return false;
      const row = statement<[number], { actor: number }>(db, 'SELECT actor FROM actor_assignment WHERE id = ?').get(id);
      // An assignment that does not exist is the handler's to refuse (not_found), in the same words for every seat.
      return row === undefined || row.actor === own;
    }
    return false;
  })();
  if (!fits) throw new ApiError('liaison_scope', `${method}: a liaison seat writes only for its own actor`, { method });
}
