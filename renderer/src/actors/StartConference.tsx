import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Actor, type ConferenceKind } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { ConferenceKindChoice } from './ConferenceKindChoice';
import { FormError } from '../ui/FormError';

/** Start a samverkanskonferens: its kind and who attends, in the order they will report. */
export function StartConference({ actors }: { actors: readonly Actor[] }) {
  const { t } = useTranslation('actors');
  const active = actors.filter((a) => !a.retired);
  const [kind, setKind] = useState<ConferenceKind>('coordinating');
  const [attending, setAttending] = useState<readonly number[]>([]);
  const start = useActorMutation('actors.conference.start');

  function toggle(id: number): void {
    setAttending((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));
  }

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (attending.length === 0) return start.setError(t('conf.attendeesRequired'));
    // In the registry's order: the order the board walks them.
    const ordered = active.map((a) => a.id).filter((id) => attending.includes(id));
    await start.run({ kind, attendees: ordered });
  }

  return (
    <form className="actors-form" onSubmit={(e) => void onSubmit(e)} data-testid="conference-start">
      <ConferenceKindChoice legend={t('conf.kind')} value={kind} onChange={setKind} />
      <fieldset className="attendee-choice">
        <legend>{t('conf.attendees', { count: attending.length })}</legend>
        <div className="attendee-buttons">
          <button type="button" className="button-small" onClick={() => setAttending(active.map((a) => a.id))}>
            {t('conf.selectAll')}
          </button>
          <button type="button" className="button-small" onClick={() => setAttending([])}>
            {t('conf.selectNone')}
          </button>
        </div>
        <ul className="attendee-checks">
          {active.map((a) => (
            <li key={a.id}>
              <label className="check">
                <input type="checkbox" checked={attending.includes(a.id)} onChange={() => toggle(a.id)} data-testid="attendee" data-actor={a.name} />
                <bdi>{a.name}</bdi>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormError message={start.error} />
      <div className="dialog-buttons">
        <button type="submit" className="button-primary" disabled={start.pending} data-testid="conference-start-button">
          {t('conf.start')}
        </button>
      </div>
    </form>
  );
}
