import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { ActorSelect } from './ActorSelect';
import { MomentFields } from './MomentFields';
import { parseNextMoment } from './nextMoment';
import { FormError } from '../ui/FormError';

/** A new uppdrag on its own (not from a decision): to which actor, what, by when. */
export function AssignForm({ actors }: { actors: readonly Actor[] }) {
  const { t } = useTranslation('actors');
  const [actor, setActor] = useState('');
  const [what, setWhat] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const assign = useActorMutation('actors.assign');

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!actor) return assign.setError(t('form.actorRequired'));
    if (!what.trim()) return assign.setError(t('form.whatRequired'));
    const due = parseNextMoment(date, time);
    if (!due.ok) return assign.setError(t('form.badTime'));
    if (await assign.run({ actor: Number(actor), what, due_at: due.iso })) {
      setWhat('');
      setDate('');
      setTime('');
    }
  }

  return (
    <form className="actors-form assign-form" onSubmit={(e) => void onSubmit(e)} data-testid="assign-form">
      <ActorSelect label={t('form.toActor')} actors={actors} value={actor} onChange={setActor} testId="assign-actor" />
      <label className="field">
        <span>{t('form.what')}</span>
        <textarea value={what} onChange={(e) => setWhat(e.target.value)} rows={2} maxLength={4000} data-testid="assign-what" />
      </label>
      <MomentFields legend={t('form.due')} date={date} time={time} onDate={setDate} onTime={setTime} testIdPrefix="assign-due" />
      <FormError message={assign.error} />
      <div className="dialog-buttons">
        <button type="submit" className="button-primary" disabled={assign.pending} data-testid="assign-save">
          {t('form.assign')}
        </button>
      </div>
    </form>
  );
}
