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
import { OPEN_ASSIGNMENT_STATUSES } from '../../../shared/actors/overdue';

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
  const open = useLiveCall('actors.assignments', { statuses: [...OPEN_ASSIGNMENT_STATUSES] }, { refreshOn: ['actor.assignment'], scope: boardId });
  const lateActors = overdueActors(actors, now);
  const lateAssignments = overdueAssignments(open.data?.assignments ?? [], now);
  const late = (dueAt: string): string => t('overdue.late', { late: spanText(ta, 'duration', spanOf(minutesBetween(dueAt, now))) });
  return (
    <section className="pane wall-panel wall-overdue-pane" aria-labelledby={`${id}-title`} tabIndex={0} data-testid="wall-overdue">
      <h2 id={`${id}-title`} className="wall-panel-title">
        {t('overdue.title')}
      </h2>
      <LateList
        title={t('overdue.actors')}
        none={t('overdue.noActors')}
        testId="wall-overdue-actor"
        rows={lateActors.map((a) => ({ key: a.id, what: a.name, due: a.due_at && t('overdue.dueAt', { time: stockholmTime(a.due_at) }), late: a.due_at && late(a.due_at) }))}
      />
      <LateList
        title={t('overdue.assignments')}
        none={t('overdue.noAssignments')}
        testId="wall-overdue-assignment"
        rows={lateAssignments.map((a) => ({ key: a.id, what: `${a.actor_name}: ${a.what}`, due: a.due_at && t('overdue.assignmentDue', { time: stockholmTime(a.due_at) }), late: a.due_at && late(a.due_at) }))}
      />
    </section>
  );
}

interface LateRow {
  key: number;
  what: string;
  /** "was to report at 06:10", or null when it has no time. */
  due: string | null;
  /** "40 min late". */
  late: string | null;
}

/** One list of what is late, with a clock mark on each line, or a quiet line when nothing is. */
function LateList({ title, none, testId, rows }: { title: string; none: string; testId: string; rows: readonly LateRow[] }) {
  return (
    <>
      <h3 className="wall-subtitle">{title}</h3>
      {rows.length === 0 ? (
        <p className="wall-quiet">{none}</p>
      ) : (
        <ul className="wall-late-list">
          {rows.map((r) => (
            <li key={r.key} className="wall-late" data-testid={testId}>
              <OverdueMark />
              <span className="wall-late-what user-text">{r.what}</span>
              <span className="wall-late-when">
                {r.due && `${r.due} · `}
                <strong>{r.late}</strong>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
