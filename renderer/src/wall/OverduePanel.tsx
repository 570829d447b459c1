import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { stockholmTime } from '../../../shared/time';
import { overdueActors, overdueAssignments } from '../../../shared/wall/select';
import { useLiveCall } from '../api/useLiveCall';
import { minutesBetween, spanOf } from '../actors/elapsed';
import { OverdueMark } from '../actors/LevelMark';
import { spanText } from '../actors/spanText';
import { useActorRegistry } from '../actors/useActorRegistry';
import { useNow } from '../actors/useNow';

/**
 * What is late: actors whose status report is overdue and open assignments past their time, the
 * longest overdue first, judged by the wall's own clock so a report falling due shows without a
 * write. Each line says "… min sen" in words, with a clock mark.
 */
export function OverduePanel({ boardId }: { boardId: string }) {
  const { t } = useTranslation('wall');
  const { t: ta } = useTranslation('actors');
  const id = useId();
  const now = useNow();
  const { actors } = useActorRegistry(boardId);
  const open = useLiveCall('actors.assignments', { statuses: ['given', 'accepted'] }, { refreshOn: ['actor.assignment'], scope: boardId });
  const lateActors = overdueActors(actors, now);
  const lateAssignments = overdueAssignments(open.data?.assignments ?? [], now);
  const late = (dueAt: string): string => t('overdue.late', { late: spanText(ta, 'duration', spanOf(minutesBetween(dueAt, now))) });
  return (
    <section className="pane wall-panel wall-overdue-pane" aria-labelledby={`${id}-title`} tabIndex={0} data-testid="wall-overdue">
      <h2 id={`${id}-title`} className="wall-panel-title">
        {t('overdue.title')}
      </h2>
      <h3 className="wall-subtitle">{t('overdue.actors')}</h3>
      {lateActors.length === 0 ? (
        <p className="wall-quiet">{t('overdue.noActors')}</p>
      ) : (
        <ul className="wall-late-list">
          {lateActors.map((a) => (
            <li key={a.id} className="wall-late" data-testid="wall-overdue-actor">
              <OverdueMark />
              <span className="wall-late-what user-text">{a.name}</span>
              <span className="wall-late-when">
                {a.due_at && `${t('overdue.dueAt', { time: stockholmTime(a.due_at) })} · `}
                <strong>{a.due_at && late(a.due_at)}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="wall-subtitle">{t('overdue.assignments')}</h3>
      {lateAssignments.length === 0 ? (
        <p className="wall-quiet">{t('overdue.noAssignments')}</p>
      ) : (
        <ul className="wall-late-list">
          {lateAssignments.map((a) => (
            <li key={a.id} className="wall-late" data-testid="wall-overdue-assignment">
              <OverdueMark />
              <span className="wall-late-what user-text">
                {a.actor_name}: {a.what}
              </span>
              <span className="wall-late-when">
                {a.due_at && `${t('overdue.assignmentDue', { time: stockholmTime(a.due_at) })} · `}
                <strong>{a.due_at && late(a.due_at)}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
