import type Database from 'better-sqlite3';
import { ActorLevel } from '../../../shared/domain/actor.js';
import type { ReportDocument } from '../../../shared/reports/domain.js';
import { stockholmDateTime } from '../../../shared/time.js';
import type { WriteContext } from '../record/write.js';
import { actorIdByName, getActor, listActors, listAssignments } from './read.js';
import { reportStatus } from './status.js';
import { OPEN_ASSIGNMENT_STATUSES } from '../../../shared/actors/overdue.js';

/** The actors' part of a lägesrapport: each active actor's last reported status (no contact details). */
export function actorsForReport(db: Database.Database, now: Date) {
  return listActors(db, now, 'wall', false).map((a) => ({
    name: a.name,
    type: a.type,
    level: a.status?.level ?? 'normal',
    situation: a.status?.situation ?? null,
    needs: a.status?.needs ?? null,
    offers: a.status?.offers ?? null,
    reported_at: a.status?.reported_at ?? null,
  }));
}

/** Open assignments (given or accepted), as lines for "Planerade åtgärder". */
export function openAssignmentsForReport(db: Database.Database, now: Date): string[] {
  return listAssignments(db, now, { statuses: [...OPEN_ASSIGNMENT_STATUSES] }).map(
    (a) => `${a.actor_name}: ${a.what}${a.due_at ? ` (senast ${stockholmDateTime(a.due_at)})` : ''}${a.overdue ? ' – FÖRSENAT' : ''}`,
  );
}

/**
 * A neighbour's report updates their panel here: the sending kommun's own krisledning status (as
 * its report states it) becomes the status of the actor "<kommun> kommun" on this board, when that
 * actor exists and the report's status is newer than what this board has.
 */
export function applyNeighbourStatus(ctx: WriteContext, doc: ReportDocument): void {
  const own = doc.body.actors.find((a) => a.type === 'crisis_management');
  const level = ActorLevel.safeParse(own?.level);
  if (!own?.reported_at || !level.success) return;
  const id = actorIdByName(ctx.db, `${doc.board.kommun_name} kommun`);
  const actor = id === null ? null : getActor(ctx.db, id, ctx.now, 'staff');
  if (id === null || !actor || actor.retired) return;
  if (actor.status && actor.status.reported_at >= own.reported_at) return;
  reportStatus(ctx, id, {
    level: level.data,
    situation: own.situation,
    needs: own.needs,
    offers: own.offers,
    reported_by: `${doc.board.kommun_name} kommun (lägesrapport nr ${doc.number})`,
    reported_at: own.reported_at,
  });
}
