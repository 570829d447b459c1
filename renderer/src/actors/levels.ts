import { ACTOR_LEVELS, type ActorLevel } from '../../../shared/domain/actor';

/**
 * The four actor levels as the status panel orders and draws them. Highest first: an actor whose
 * krisledning is activated is what the room must see first. Each level has its own shape as well
 * as its colour and word, so nothing depends on telling colours apart (WCAG 1.4.1).
 */
export const LEVELS_HIGH_FIRST: readonly ActorLevel[] = [...ACTOR_LEVELS].reverse();

/** 0 for the highest level (activated) … 3 for normal. */
export function levelRank(level: ActorLevel): number {
  return LEVELS_HIGH_FIRST.indexOf(level);
}

/** The shape drawn beside the level's word: circle, triangle, diamond, square. */
export const LEVEL_SHAPE: Record<ActorLevel, 'circle' | 'triangle' | 'diamond' | 'square'> = {
  normal: 'circle',
  heightened: 'triangle',
  staff: 'diamond',
  activated: 'square',
};
