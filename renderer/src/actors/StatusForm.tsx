import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { OccurredFields } from '../journal/OccurredFields';
import { parseOccurredAt } from '../journal/stockholmInput';
import { useActorMutation } from './actorErrorText';
import { draftInput, emptyDraft, StatusFields, type StatusDraft } from './StatusFields';
import { FormError } from '../ui/FormError';

interface Props {
  actor: Actor;
  onDone: () => void;
}

/** A new status for one actor (its aktörsläge): one record, logged in the journal by the server. */
export function StatusForm({ actor, onDone }: Props) {
  const { t } = useTranslation('actors');
  const [draft, setDraft] = useState<StatusDraft>(() => emptyDraft(actor.status?.level ?? 'normal'));
  // When the actor reported, if not just now (a call taken before it could be logged).
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const setStatus = useActorMutation('actors.setStatus');

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const reported = parseOccurredAt(date, time);
    if (!reported.ok) return setStatus.setError(t('form.badTime'));
    if (await setStatus.run({ id: actor.id, ...draftInput(draft), reported_at: reported.iso })) onDone();
  }

  return (
    <form className="actors-form status-form" onSubmit={(e) => void onSubmit(e)} data-testid="status-form">
      <StatusFields draft={draft} onChange={setDraft} />
      <fieldset className="moment-fields">
        <legend>{t('form.reportedAt')}</legend>
        <OccurredFields date={date} time={time} onDate={setDate} onTime={setTime} testIdPrefix="status-reported" />
      </fieldset>
      <FormError message={setStatus.error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={setStatus.pending} data-testid="status-save">
          {t('form.save')}
        </button>
      </div>
    </form>
  );
}
