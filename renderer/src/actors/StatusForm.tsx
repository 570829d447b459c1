import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { draftInput, emptyDraft, StatusFields, type StatusDraft } from './StatusFields';
import { FormError } from './FormError';

interface Props {
  actor: Actor;
  onDone: () => void;
}

/** A new status for one actor (its aktörsläge): one record, logged in the journal by the server. */
export function StatusForm({ actor, onDone }: Props) {
  const { t } = useTranslation('actors');
  const [draft, setDraft] = useState<StatusDraft>(() => emptyDraft(actor.status?.level ?? 'normal'));
  const setStatus = useActorMutation('actors.setStatus');

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (await setStatus.run({ id: actor.id, ...draftInput(draft) })) onDone();
  }

  return (
    <form className="actors-form status-form" onSubmit={(e) => void onSubmit(e)} data-testid="status-form">
      <StatusFields draft={draft} onChange={setDraft} />
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
