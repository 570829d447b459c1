import { assignmentOverdue, OPEN_ASSIGNMENT_STATUSES } from '../../../shared/actors/overdue';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENT_STATUSES, type Actor, type AssignmentStatus } from '../../../shared/domain/actor';
import { useLiveCall } from '../api/useLiveCall';
import { errorText } from '../i18n/errorText';
import { ActorSelect } from './ActorSelect';
import { AssignForm } from './AssignForm';
import { AssignmentRow } from './AssignmentRow';
import { FormError } from '../ui/FormError';

interface Props {
  boardId: string;
  actors: readonly Actor[];
  canWrite: boolean;
  now: Date;
}

/** Every uppdrag, filtered by actor and status (open ones by default); overdue flagged. */
export function AssignmentsList({ boardId, actors, canWrite, now }: Props) {
  const { t } = useTranslation('actors');
  const [actor, setActor] = useState('');
  const [statuses, setStatuses] = useState<readonly AssignmentStatus[]>(OPEN_ASSIGNMENT_STATUSES);
  const query = { ...(actor ? { actor: Number(actor) } : {}), ...(statuses.length > 0 ? { statuses: [...statuses] } : {}) };
  const live = useLiveCall('actors.assignments', query, { refreshOn: ['actor.assignment'], scope: boardId });
  const list = live.data?.assignments ?? [];

  function toggle(s: AssignmentStatus): void {
    setStatuses((now) => (now.includes(s) ? now.filter((x) => x !== s) : [...now, s]));
  }

  return (
    <div className="assignments" data-testid="assignments">
      {canWrite && (
        <details className="actors-details">
          <summary data-testid="assign-open">{t('ui.newAssignment')}</summary>
          <AssignForm actors={actors} />
        </details>
      )}
      <h3>{t('ui.assignments')}</h3>
      <div className="actors-toolbar" role="group" aria-label={t('ui.assignmentFilters')}>
        <ActorSelect label={t('ui.filterActor')} actors={actors} value={actor} onChange={setActor} testId="assignments-actor" noneLabel={t('ui.everyActor')} />
        <div className="status-toggles" role="group" aria-label={t('ui.filterStatus')}>
          {ASSIGNMENT_STATUSES.map((s) => (
            <button key={s} type="button" className="button-small" aria-pressed={statuses.includes(s)} onClick={() => toggle(s)} data-testid={`assignments-status-${s}`}>
              {t(`assignment.status.${s}`)}
            </button>
          ))}
        </div>
      </div>
      <FormError message={live.error !== null ? errorText(live.error) : null} />
      {list.length === 0 && !live.loading ? (
        <p className="muted">{t('assignment.none')}</p>
      ) : (
        <ul className="assignment-list" aria-label={t('ui.assignments')}>
          {list.map((a) => (
            <AssignmentRow key={a.id} assignment={a} overdue={assignmentOverdue(a, now)} canWrite={canWrite} showActor />
          ))}
        </ul>
      )}
    </div>
  );
}
