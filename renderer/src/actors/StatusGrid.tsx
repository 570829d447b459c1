import { actorOverdue } from '../../../shared/actors/overdue';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { ActorTile } from './ActorTile';
import { panelOrder } from './panelOrder';

interface Props {
  actors: readonly Actor[];
  now: Date;
  onOpen: (actor: Actor) => void;
  /** False where the pane's head shows the summary (the wall). */
  withSummary?: boolean;
}

/**
 * The status panel: every active actor, highest level first, then the one silent longest. Actors
 * above normal or overdue get full tiles; the quiet ones (normal and on time, or never heard from)
 * small ones below, so the whole room fits on the wall and the eye goes where it is needed. The
 * count of overdue actors heads it.
 */
export function StatusGrid({ actors, now, onOpen, withSummary = true }: Props) {
  const { t } = useTranslation('actors');
  const active = actors.filter((a) => !a.retired);
  const rows = panelOrder(active.map((a) => ({ actor: a, name: a.name, level: a.status?.level ?? 'normal', reported_at: a.status?.reported_at ?? null, overdue: actorOverdue(a, now) })));
  const loud = rows.filter((r) => r.level !== 'normal' || r.overdue);
  const quiet = rows.filter((r) => r.level === 'normal' && !r.overdue);
  const list = (items: typeof rows, compact: boolean, label: string) =>
    items.length > 0 && (
      <ul className={compact ? 'status-grid status-grid-quiet' : 'status-grid'} aria-label={label}>
        {items.map(({ actor, overdue }) => (
          <li key={actor.id}>
            <ActorTile actor={actor} overdue={overdue} compact={compact} now={now} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    );
  return (
    <div className="status-panel" data-testid="status-grid">
      {withSummary && <StatusSummary actors={actors} now={now} />}
      {active.length === 0 && <p className="muted">{t('panel.empty')}</p>}
      {list(loud, false, t('panel.title'))}
      {list(quiet, true, t('panel.quiet'))}
    </div>
  );
}

/** "23 aktörer · 7 har inte rapporterat i tid": the count the room reads first. */
export function StatusSummary({ actors, now }: { actors: readonly Actor[]; now: Date }) {
  const { t } = useTranslation('actors');
  const active = actors.filter((a) => !a.retired);
  const overdueCount = active.filter((a) => actorOverdue(a, now)).length;
  return (
    <p className="actors-summary" aria-live="polite">
      {t('panel.summary', { count: active.length })}
      {overdueCount > 0 && (
        <strong className="summary-overdue" data-testid="overdue-count">
          {' · '}
          {t('panel.overdueCount', { count: overdueCount })}
        </strong>
      )}
    </p>
  );
}
