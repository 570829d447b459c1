import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { ActorSelect } from './ActorSelect';
import { MomentFields } from './MomentFields';
import { parseNextMoment } from './nextMoment';
import { FormError } from '../ui/FormError';

interface Task {
  actor: string;
  what: string;
  date: string;
  time: string;
}

const NO_TASK: Task = { actor: '', what: '', date: '', time: '' };

/**
 * An agreement the room reached: logged as a significant decision; each assignment row becomes an
 * uppdrag to that actor, given in the same write.
 */
export function AgreementForm({ conference, actors }: { conference: number | null; actors: readonly Actor[] }) {
  const { t } = useTranslation('actors');
  const [text, setText] = useState('');
  const [tasks, setTasks] = useState<Task[]>([]);
  const agree = useActorMutation('actors.agree');

  const setTask = (i: number, patch: Partial<Task>): void => setTasks((now) => now.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!text.trim()) return agree.setError(t('conf.agreementRequired'));
    const assignments = [];
    for (const [i, task] of tasks.entries()) {
      if (!task.actor || !task.what.trim()) return agree.setError(t('conf.taskIncomplete', { n: i + 1 }));
      const due = parseNextMoment(task.date, task.time);
      if (!due.ok) return agree.setError(t('form.badTime'));
      assignments.push({ actor: Number(task.actor), what: task.what, due_at: due.iso });
    }
    if (await agree.run({ conference, text, assignments })) {
      setText('');
      setTasks([]);
    }
  }

  return (
    <form className="actors-form agreement-form" onSubmit={(e) => void onSubmit(e)} data-testid="agreement-form">
      <label className="field">
        <span>{t('conf.agreement')}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} maxLength={4000} data-testid="agreement-text" />
      </label>
      {tasks.map((task, i) => (
        <fieldset key={i} className="task-row" data-testid="agreement-task">
          <legend>{t('conf.task', { n: i + 1 })}</legend>
          <ActorSelect label={t('form.toActor')} actors={actors} value={task.actor} onChange={(actor) => setTask(i, { actor })} testId="task-actor" />
          <label className="field">
            <span>{t('form.what')}</span>
            <input value={task.what} onChange={(e) => setTask(i, { what: e.target.value })} maxLength={4000} data-testid="task-what" />
          </label>
          <MomentFields legend={t('form.due')} date={task.date} time={task.time} onDate={(date) => setTask(i, { date })} onTime={(time) => setTask(i, { time })} testIdPrefix="task-due" />
          <button type="button" className="button-small" onClick={() => setTasks((now) => now.filter((_, j) => j !== i))}>
            {t('conf.removeTask', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <FormError message={agree.error} />
      <div className="dialog-buttons">
        <button type="button" onClick={() => setTasks((now) => [...now, NO_TASK])} data-testid="agreement-add-task">
          {t('conf.addTask')}
        </button>
        <button type="submit" className="button-primary" disabled={agree.pending} data-testid="agreement-save">
          {t('conf.saveAgreement')}
        </button>
      </div>
    </form>
  );
}
