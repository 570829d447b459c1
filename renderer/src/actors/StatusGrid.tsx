import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { ActorTile } from './ActorTile';
import { panelOrder } from './panelOrder';
import { isOverdue } from './useActorRegistry';

interface Props {
  actors: readonly Actor[];
  now: Date;
  onOpen: (actor: Actor) => void;
}

/**
 * The status panel: every active actor, highest level first, then the one silent longest. The
 * count of overdue actors heads it, so the room sees "3 not heard from" before reading the tiles.
 */
export function StatusGrid({ actors, now, onOpen }: Props) {
  const { t } = useTranslation('actors');
  const active = actors.filter((a) => !a.retired);
  const rows = panelOrder(active.map((a) => ({ actor: a, name: a.name, level: a.status?.level ?? 'normal', reported_at: a.status?.reported_at ?? null })));
  const overdueCount = active.filter((a) => isOverdue(a, now)).length;
  return (
    <div className="status-panel" data-testid="status-grid">
      <p className="actors-summary" aria-live="polite">
        {t('panel.summary', { count: active.length })}
        {overdueCount > 0 && (
          <strong className="summary-overdue" data-testid="overdue-count">
            {' · '}
            {t('panel.overdueCount', { count: overdueCount })}
          </strong>
        )}
      </p>
      {active.length === 0 ? (
        <p className="muted">{t('panel.empty')}</p>
      ) : (
        <ul className="status-grid" aria-label={t('panel.title')}>
          {rows.map(({ actor }) => (
            <li key={actor.id}>
              <ActorTile actor={actor} overdue={isOverdue(actor, now)} now={now} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
