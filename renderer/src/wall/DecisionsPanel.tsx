import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { stockholmTime } from '../../../shared/time';
import { latestDecisions } from '../../../shared/wall/select';
import { useLiveCall } from '../api/useLiveCall';
import type { AnyEvent } from '../../../shared/api/events';

/** How many the panel shows: what fits in large type on half a wall. */
const SHOWN = 6;

/**
 * The latest decisions and significant entries, newest first, in large type: what the room has
 * decided is what someone walking in needs first. Each says which it is in words (not colour).
 */
export function DecisionsPanel({ boardId }: { boardId: string }) {
  const { t } = useTranslation('wall');
  const id = useId();
  // Read again only for an entry that can change the panel: a decision, a significant entry, or a
  // correction (it may correct one); most of a busy log is neither.
  const options = {
    refreshOn: ['journal.appended'] as const,
    refreshIf: (e: AnyEvent) => e.event === 'journal.appended' && (e.data.entry.kind === 'decision' || e.data.entry.significant || e.data.entry.corrects !== null),
    scope: boardId,
  };
  const decisions = useLiveCall('journal.list', { query: { kinds: ['decision'] }, limit: SHOWN * 2 }, options);
  const significant = useLiveCall('journal.list', { query: { significant: true }, limit: SHOWN * 2 }, options);
  const entries = latestDecisions([decisions.data?.entries ?? [], significant.data?.entries ?? []], SHOWN);
  return (
    <section className="pane wall-panel wall-decisions-pane" aria-labelledby={`${id}-title`} tabIndex={0} data-testid="wall-decisions">
      <h2 id={`${id}-title`} className="wall-panel-title">
        {t('decisions.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="wall-quiet">{t('decisions.none')}</p>
      ) : (
        <ol className="wall-decisions">
          {entries.map((e) => (
            <li key={e.seq} className={e.kind === 'decision' ? 'wall-decision is-decision' : 'wall-decision'} data-testid="wall-decision">
              <div className="wall-decision-meta">
                <time dateTime={e.occurred_at}>{stockholmTime(e.occurred_at)}</time>
                <span className="wall-tag">{e.kind === 'decision' ? t('decisions.decision') : t('decisions.significant')}</span>
                {e.actor && <span className="wall-decision-actor user-text">{e.actor}</span>}
              </div>
              <p className="wall-decision-text user-text">{e.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
