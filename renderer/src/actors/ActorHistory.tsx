import { actorOverdue, assignmentOverdue } from '../../../shared/actors/overdue';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, ActorStatus } from '../../../shared/domain/actor';
import { stockholmDateTime } from '../../../shared/time';
import { useConnection } from '../api/useConnection';
import { useLiveCall } from '../api/useLiveCall';
import { errorText } from '../i18n/errorText';
import { AssignmentRow } from './AssignmentRow';
import { ContactsView } from './ContactsView';
import { ActorJournal } from './ActorJournal';
import { LevelBadge } from './LevelBadge';
import { Modal } from './Modal';
import { StatusForm } from './StatusForm';
import { FormError } from '../ui/FormError';

interface Props {
  actor: Actor;
  canWrite: boolean;
  now: Date;
  onClose: () => void;
}

/**
 * One actor, opened from its tile: its status history, its assignments and its journal entries,
 * kept current; a staff seat can report a new status here and sees its contacts (never the wall).
 */
export function ActorHistory({ actor: opened, canWrite, now, onClose }: Props) {
  const { t } = useTranslation('actors');
  const { role } = useConnection();
  const [reporting, setReporting] = useState(false);
  // The form gone (saved or cancelled), the keyboard goes back to the button that opened it.
  const reportButton = useRef<HTMLButtonElement>(null);
  const wasReporting = useRef(false);
  useEffect(() => {
    if (wasReporting.current && !reporting) reportButton.current?.focus();
    wasReporting.current = reporting;
  }, [reporting]);
  const live = useLiveCall(
    'actors.get',
    { id: opened.id },
    {
      refreshOn: ['actor.changed', 'actor.assignment'],
      refreshIf: (e) =>
        (e.event === 'actor.changed' && e.data.actor.id === opened.id) || (e.event === 'actor.assignment' && e.data.assignment.actor === opened.id),
    },
  );
  const actor = live.data?.actor ?? opened;
  const overdue = actorOverdue(actor, now);

  return (
    <Modal
      title={
        <>
          <bdi>{actor.name}</bdi>
          {actor.status && <LevelBadge level={actor.status.level} />}
          {actor.retired && <span className="tag">{t('registry.retired')}</span>}
        </>
      }
      onClose={onClose}
      testId="actor-history"
    >
      {overdue && (
        <p className="overdue-flag" data-testid="history-overdue">
          {t('history.overdue', { interval: actor.report_interval_min })}
        </p>
      )}
      {role === 'staff' && <ContactsView actor={actor} />}
      {canWrite && !actor.retired && (
        <section aria-label={t('history.report')}>
          {reporting ? (
            <StatusForm actor={actor} onDone={() => setReporting(false)} />
          ) : (
            <button type="button" className="button-primary" ref={reportButton} onClick={() => setReporting(true)} data-testid="history-report">
              {t('history.report')}
            </button>
          )}
        </section>
      )}
      <FormError message={live.error !== null ? errorText(live.error) : null} />
      <h3>{t('history.statuses')}</h3>
      <StatusHistory history={live.data?.history ?? []} />
      <h3>{t('history.assignments')}</h3>
      {(live.data?.assignments.length ?? 0) === 0 ? (
        <p className="muted">{t('assignment.none')}</p>
      ) : (
        <ul className="assignment-list" data-testid="history-assignments">
          {live.data?.assignments.map((a) => (
            <AssignmentRow key={a.id} assignment={a} overdue={assignmentOverdue(a, now)} canWrite={canWrite} showActor={false} />
          ))}
        </ul>
      )}
      <h3>{t('history.journal')}</h3>
      <ActorJournal name={actor.name} />
    </Modal>
  );
}

function StatusHistory({ history }: { history: readonly ActorStatus[] }) {
  const { t } = useTranslation('actors');
  if (history.length === 0) return <p className="muted">{t('history.noStatus')}</p>;
  return (
    <ol className="history-list" data-testid="status-history">
      {history.map((s) => (
        <li key={s.record_seq} data-testid="status-history-item">
          <div className="history-meta">
            <LevelBadge level={s.level} />
            <span>{stockholmDateTime(s.reported_at)}</span>
            <span>{t('history.reportedBy', { name: s.reported_by })}</span>
            <span>{t('history.entry', { seq: s.journal_seq })}</span>
          </div>
          {s.situation && <bdi className="history-text">{s.situation}</bdi>}
          {s.needs && (
            <span className="tile-needs">
              {t('panel.needs')} <bdi>{s.needs}</bdi>
            </span>
          )}
          {s.offers && (
            <span className="history-offers">
              {t('history.offers')} <bdi>{s.offers}</bdi>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
