import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentStatus } from '../../../shared/domain/actor';
import { LIAISON_ASSIGNMENT_STATUSES } from '../../../shared/actors/liaison';
import { stockholmDateTime } from '../../../shared/time';
import { useDecidesForBoard } from '../api/useConnection';
import { useActorMutation } from './actorErrorText';
import { OverdueMark } from './LevelMark';
import { FormError } from '../ui/FormError';

/** The next steps an assignment can take from each status (done and cancelled are final). */
const NEXT: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  given: ['accepted', 'done', 'cancelled'],
  accepted: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

interface Props {
  assignment: Assignment;
  overdue: boolean;
  canWrite: boolean;
  /** Shows the actor's name (the list of every actor's assignments); not inside one actor's history. */
  showActor: boolean;
}

/** One uppdrag: what, to whom, by when, its status in words; overdue flagged; staff move it on. */
export function AssignmentRow({ assignment: a, overdue, canWrite, showActor }: Props) {
  const { t } = useTranslation('actors');
  const change = useActorMutation('actors.setAssignmentStatus');
  // A liaison answers its own actor's assignments (taken on, done); cancelling is the staff's.
  const decides = useDecidesForBoard();
  const next = NEXT[a.status].filter((s) => decides || LIAISON_ASSIGNMENT_STATUSES.includes(s));
  return (
    <li className={overdue ? 'assignment overdue' : 'assignment'} data-testid="assignment" data-status={a.status} data-overdue={overdue}>
      <div className="assignment-main">
        <span className={`assignment-status status-${a.status}`}>{t(`assignment.status.${a.status}`)}</span>
        {showActor && <bdi className="assignment-actor">{a.actor_name}</bdi>}
        <bdi className="assignment-what">{a.what}</bdi>
      </div>
      <div className="history-meta">
        {a.due_at && <span>{t('assignment.due', { time: stockholmDateTime(a.due_at) })}</span>}
        {overdue && (
          <span className="overdue-flag" data-testid="assignment-overdue">
            <OverdueMark />
            {t('assignment.overdue')}
          </span>
        )}
        <span>{t('ui.givenBy', { time: stockholmDateTime(a.given_at), by: a.given_by })}</span>
      </div>
      {canWrite && next.length > 0 && (
        <div className="assignment-actions" role="group" aria-label={t('ui.changeStatus', { what: a.what })}>
          {next.map((s) => (
            <button
              key={s}
              type="button"
              className="button-small"
              disabled={change.pending}
              onClick={() => void change.run({ id: a.id, status: s })}
              data-testid={`assignment-to-${s}`}
            >
              {t(`ui.markAs.${s}`)}
            </button>
          ))}
        </div>
      )}
      <FormError message={change.error} />
    </li>
  );
}

