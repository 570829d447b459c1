import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { stockholmTime } from '../../../shared/time';
import { minutesBetween, sinceSpan, spanOf } from './elapsed';
import { LevelBadge } from './LevelBadge';
import { OverdueMark } from './LevelMark';
import { spanText } from './spanText';

interface Props {
  actor: Actor;
  overdue: boolean;
  /** Normal and on time (or never heard from): name, level and time only, so the room's eye goes to the others. */
  compact: boolean;
  now: Date;
  onOpen: (actor: Actor) => void;
}

/**
 * One actor on the status panel, readable across the room: name, level (shape, colour, word),
 * situation, needs, when it last reported; overdue says so in words, with a clock and an outline.
 * The whole tile is one button: it opens the actor's history.
 */
export function ActorTile({ actor, overdue, compact, now, onOpen }: Props) {
  const { t } = useTranslation('actors');
  const status = actor.status;
  const level = status?.level ?? null;
  const classes = ['actor-tile', `level-${level ?? 'none'}`];
  if (overdue) classes.push('overdue');
  if (compact) classes.push('actor-tile-compact');
  return (
    <button
      type="button"
      className={classes.join(' ')}
      onClick={() => onOpen(actor)}
      data-testid="actor-tile"
      data-actor={actor.name}
      data-level={level ?? 'none'}
      data-overdue={overdue}
    >
      <bdi className="tile-name">{actor.name}</bdi>
      <span className="tile-when">
        {level ? (
          <LevelBadge level={level} />
        ) : (
          <span className="level-badge level-none" data-testid="level-badge" data-level="none">
            {t('panel.noReport')}
          </span>
        )}
        {status && (
          <span className="tile-reported" data-testid="tile-reported">
            <span className="tile-reported-time">{t('panel.reportedAt', { time: stockholmTime(status.reported_at) })}</span>
            {spanText(t, 'ago', sinceSpan(status.reported_at, now))}
          </span>
        )}
        {overdue && actor.due_at && (
          <span className="overdue-flag" data-testid="overdue-flag">
            <OverdueMark />
            {t('panel.overdue', { late: spanText(t, 'duration', spanOf(minutesBetween(actor.due_at, now))) })}
          </span>
        )}
      </span>
      {!compact && status?.situation && <bdi className="tile-situation">{status.situation}</bdi>}
      {!compact && status?.needs && (
        <span className="tile-needs">
          {t('panel.needs')} <bdi>{status.needs}</bdi>
        </span>
      )}
    </button>
  );
}
