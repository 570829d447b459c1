import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Conference } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { draftInput, emptyDraft, StatusFields, type StatusDraft } from './StatusFields';
import { FormError } from '../ui/FormError';

interface Props {
  conference: Conference;
  actor: Actor;
  textRef: RefObject<HTMLTextAreaElement | null>;
  /** After a saved report: the board moves on to the next actor. */
  onReported: () => void;
}

/**
 * The log keeper's form during an actor's turn: what the actor reported (a journal entry under
 * the actor) and its new status, saved together in one write.
 */
export function ReportForm({ conference, actor, textRef, onReported }: Props) {
  const { t } = useTranslation('actors');
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<StatusDraft>(() => emptyDraft(actor.status?.level ?? 'normal'));
  const report = useActorMutation('actors.conference.report');

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!text.trim()) return report.setError(t('conf.reportRequired'));
    if (!(await report.run({ conference: conference.id, actor: actor.id, text, ...draftInput(draft) }))) return;
    // Emptied, so the same words cannot be saved twice for the last actor (no next turn to move to).
    setText('');
    onReported();
  }

  return (
    <form className="actors-form report-form" onSubmit={(e) => void onSubmit(e)} data-testid="report-form" aria-label={t('conf.reportFor', { name: actor.name })}>
      <label className="field">
        <span>{t('conf.reportText', { name: actor.name })}</span>
        <textarea ref={textRef} value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={4000} data-testid="report-text" />
      </label>
      <StatusFields draft={draft} onChange={setDraft} />
      <FormError message={report.error} />
      <div className="dialog-buttons">
        <button type="submit" className="button-primary" disabled={report.pending} data-testid="report-save">
          {t('conf.saveReport')}
        </button>
      </div>
    </form>
  );
}
