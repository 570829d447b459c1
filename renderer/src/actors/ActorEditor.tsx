import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { ActorDetailsFields, type DetailsDraft } from './ActorDetailsFields';
import { contactsInput, detailsDraft, parseInterval } from './detailsInput';
import { FormError } from '../ui/FormError';
import { Modal } from './Modal';

interface Props {
  /** The actor to edit, or null for a new one. */
  actor: Actor | null;
  onClose: () => void;
}

/** Add an actor, or rename and edit one (its details, contacts, report interval). Staff seats only. */
export function ActorEditor({ actor, onClose }: Props) {
  const { t } = useTranslation('actors');
  const [draft, setDraft] = useState<DetailsDraft>(() => detailsDraft(actor));
  const add = useActorMutation('actors.add');
  const update = useActorMutation('actors.update');
  const error = add.error ?? update.error;
  const setError = (message: string): void => (actor ? update : add).setError(message);

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!draft.name.trim()) return setError(t('registry.nameRequired'));
    const interval = parseInterval(draft.interval);
    if (interval === null) return setError(t('registry.badInterval'));
    const fields = {
      name: draft.name,
      type: draft.type,
      report_interval_min: interval,
      liaison: draft.liaison,
      rakel_group: draft.rakel_group,
      our_contact: draft.our_contact,
      contacts: contactsInput(draft.contacts),
    };
    const saved = actor ? await update.run({ id: actor.id, ...fields }) : await add.run(fields);
    if (saved) onClose();
  }

  return (
    <Modal title={actor ? t('registry.editTitle', { name: actor.name }) : t('registry.addTitle')} onClose={onClose} testId="actor-editor">
      <form className="actors-form" onSubmit={(e) => void onSubmit(e)}>
        <ActorDetailsFields draft={draft} onChange={setDraft} withContacts />
        <FormError message={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={add.pending || update.pending} data-testid="registry-save">
            {t('form.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
