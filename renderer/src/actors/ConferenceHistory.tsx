import { useTranslation } from 'react-i18next';
import { stockholmDateTime } from '../../../shared/time';
import { useLiveCall } from '../api/useLiveCall';
import { ProtocolExport } from './ProtocolExport';

/** Conferences held on this board, each with its protokoll to export. */
export function ConferenceHistory({ boardId }: { boardId: string }) {
  const { t } = useTranslation('actors');
  const live = useLiveCall('actors.conference.list', {}, { refreshOn: ['actor.conference'], scope: boardId });
  const list = live.data?.conferences ?? [];
  if (list.length === 0) return <p className="muted">{t('conf.none')}</p>;
  return (
    <ol className="history-list" data-testid="conference-list">
      {list.map((c) => (
        <li key={c.id} data-testid="past-conference">
          <div className="history-meta">
            <strong>{t(`conference.kind.${c.kind}`)}</strong>
            <span>{stockholmDateTime(c.started_at)}</span>
            <span>{t('conf.attendeeCount', { count: c.attendees.length })}</span>
            <span>{c.ended_at ? t('conf.endedAt', { time: stockholmDateTime(c.ended_at) }) : t('conf.running')}</span>
          </div>
          <ProtocolExport conference={c.id} />
        </li>
      ))}
    </ol>
  );
}
