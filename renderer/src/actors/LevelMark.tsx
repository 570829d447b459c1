import type { ActorLevel } from '../../../shared/domain/actor';
import { LEVEL_SHAPE } from './levels';

/** The level's shape (decorative: the word beside it says the same to a screen reader). */
export function LevelMark({ level }: { level: ActorLevel }) {
  const shape = LEVEL_SHAPE[level];
  return (
    <svg className={`level-mark level-mark-${level}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {shape === 'circle' && <circle cx="8" cy="8" r="6" />}
      {shape === 'triangle' && <path d="M8 1.5 15 14.5H1z" />}
      {shape === 'diamond' && <path d="M8 0.8 15.2 8 8 15.2 0.8 8z" />}
      {shape === 'square' && (
        <>
          <rect x="1.5" y="1.5" width="13" height="13" />
          <path className="level-mark-bang" d="M7 4h2v5H7zM7 10.5h2v2H7z" />
        </>
      )}
    </svg>
  );
}

/** A clock: the mark of an overdue report or assignment (beside words that say so). */
export function OverdueMark() {
  return (
    <svg className="overdue-mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M8 4v4.5l3 2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
