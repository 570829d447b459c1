import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Agreement } from '../../../shared/domain/actor';
import { stockholmDateTime } from '../../../shared/time';
import { useLiveCall } from '../api/useLiveCall';
import { errorText } from '../i18n/errorText';
import { BeslutIStortForm } from './BeslutIStortForm';
import { useConference } from './useConference';
import { FormError } from '../ui/FormError';
import { FactList } from './FactList';

interface Props {
  boardId: string;
  actors: readonly Actor[];
  canWrite: boolean;
}

/** Every Beslut i stort of the board, newest first, each with its parts; staff add a new one. */
export function BeslutIStortList({ boardId, actors, canWrite }: Props) {
  const { t } = useTranslation('actors');
  const [writing, setWriting] = useState(false);
  const live = useLiveCall('actors.agreements', { beslut_i_stort: true }, { refreshOn: ['actor.agreement'], scope: boardId });
  const conference = useConference(boardId).data?.conference ?? null;
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const list = live.data?.agreements ?? [];
  return (
    <div className="bis" data-testid="bis-panel">
      {canWrite &&
        (writing ? (
          <BeslutIStortForm actors={actors} conference={conference?.id ?? null} onDone={() => setWriting(false)} />
        ) : (
          <button type="button" className="button-primary" onClick={() => setWriting(true)} data-testid="bis-new">
            {t('bis.new')}
          </button>
        ))}
      <FormError message={live.error !== null ? errorText(live.error) : null} />
      {list.length === 0 ? <p className="muted">{t('bis.none')}</p> : <ol className="history-list">{list.map((g) => <BeslutItem key={g.id} agreement={g} names={names} />)}</ol>}
    </div>
  );
}

function BeslutItem({ agreement: g, names }: { agreement: Agreement; names: ReadonlyMap<number, string> }) {
  const { t } = useTranslation('actors');
  const b = g.beslut_i_stort;
  if (!b) return null;
  const parts: [string, string | null][] = [
    [t('bis.intent'), b.intent],
    [t('bis.achieve'), b.achieve],
    [t('bis.responsibilities'), b.responsibilities],
    [t('bis.until'), b.until && stockholmDateTime(b.until)],
    [t('bis.decidedBy'), b.decided_by],
    [t('bis.agreeing'), b.agreeing.map((id) => names.get(id) ?? `#${id}`).join(', ') || null],
  ];
  return (
    <li className="bis-item" data-testid="bis-item">
      <div className="history-meta">
        <span>{t('history.entry', { seq: g.journal_seq })}</span>
        <span>{stockholmDateTime(g.decided_at)}</span>
        <bdi>{g.by}</bdi>
      </div>
      <strong className="history-text">
        <bdi>{g.text}</bdi>
      </strong>
      <FactList facts={parts} />
    </li>
  );
}
