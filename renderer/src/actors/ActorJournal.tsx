import { useTranslation } from 'react-i18next';
import { stockholmDateTime } from '../../../shared/time';
import { useLiveCall } from '../api/useLiveCall';
import { errorText } from '../i18n/errorText';
import { KindChip } from '../journal/KindChip';

const SHOWN = 50;

/** The journal entries under one actor (its reports, status changes, assignments), newest first. */
export function ActorJournal({ name }: { name: string }) {
  const { t } = useTranslation('actors');
  const live = useLiveCall(
    'journal.list',
    { query: { actor: name }, limit: SHOWN },
    { refreshOn: ['journal.appended'], refreshIf: (e) => e.event === 'journal.appended' && e.data.entry.actor === name },
  );
  if (live.error !== null)
    return (
      <p className="error-text" role="alert">
        {errorText(live.error)}
      </p>
    );
  const entries = live.data?.entries ?? [];
  if (entries.length === 0) return <p className="muted">{live.loading ? t('ui.loading') : t('history.noEntries')}</p>;
  return (
    <>
      <ol className="history-list" data-testid="actor-journal">
        {entries.map((e) => (
          <li key={e.seq} data-testid="actor-journal-entry" className={e.corrected_by !== null ? 'history-corrected' : undefined}>
            <div className="history-meta">
              <span>{t('history.entry', { seq: e.seq })}</span>
              <span>{stockholmDateTime(e.occurred_at)}</span>
              <KindChip kind={e.kind} />
              {e.by && <bdi>{e.by}</bdi>}
            </div>
            <bdi className="history-text">{e.text}</bdi>
          </li>
        ))}
      </ol>
      {(live.data?.total ?? 0) > entries.length && <p className="muted">{t('history.moreEntries', { shown: entries.length, total: live.data?.total })}</p>}
    </>
  );
}
