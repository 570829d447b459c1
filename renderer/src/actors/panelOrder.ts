import type { ActorLevel } from '../../../shared/domain/actor';
import { levelRank } from './levels';

/** What the panel's order reads of an actor. */
export interface Rankable {
  name: string;
  /** Its reported level; an actor never heard from counts as normal. */
  level: ActorLevel;
  /** Its last report, or null: never heard from on this board. */
  reported_at: string | null;
}

/**
 * The status panel's order: highest level first; within a level the one silent longest first
 * (never heard from before anyone), so what needs chasing is at the top; then by name, so the
 * grid does not shuffle between equal actors.
 */
export function panelOrder<T extends Rankable>(actors: readonly T[]): T[] {
  return [...actors].sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      reportedMs(a) - reportedMs(b) ||
      a.name.localeCompare(b.name, 'sv'),
  );
}

function reportedMs(a: Rankable): number {
  return a.reported_at === null ? Number.NEGATIVE_INFINITY : Date.parse(a.reported_at);
}
