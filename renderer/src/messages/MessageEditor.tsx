import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATES, type Message, type Template } from '../../../shared/messages/domain';
import { useMutation } from '../api/useMutation';
import { contentFrom, draftFrom, newDraft, parseKommuner, splitList, type Draft } from './content';
import { MessageForm } from './MessageForm';

interface Props {
  boardId: string;
  /** The message being revised, or null for a new one. */
  message: Message | null;
  /** A new message that updates or cancels a published one. */
  replaces?: Message | null;
  onSaved: (message: Message) => void;
  onCancel: () => void;
}

/** Writes a new message, or a new version of a draft: every save is a version of its own. */
export function MessageEditor({ boardId, message, replaces = null, onSaved, onCancel }: Props) {
  const { t } = useTranslation('messages');
  // The Swedish text's skeleton for a template (the message is written in Swedish first).
  const skeleton = (tp: Template): string => (tp === 'blank' ? '' : t(`templateBody.${tp}`, { lng: 'sv' }));
  const [template, setTemplate] = useState<Template>(message?.template ?? replaces?.template ?? 'press_release');
  const [draft, setDraft] = useState<Draft>(() =>
    message ? draftFrom(message.content, message.required_actors) : replaces ? draftFrom(replaces.content, replaces.required_actors) : newDraft('press_release', skeleton('press_release')),
  );
  const create = useMutation('messages.create');
  const revise = useMutation('messages.revise');
  const [problem, setProblem] = useState<string | null>(null);

  function chooseTemplate(next: Template): void {
    setTemplate(next);
    // The template's skeleton goes into the Swedish text only while nothing has been written.
    const untouched = !draft.texts.sv.headline && (!draft.texts.sv.body.trim() || draft.texts.sv.body === skeleton(template));
    if (untouched) setDraft(newDraft(next, skeleton(next)));
  }

  async function save(): Promise<void> {
    setProblem(null);
    if (!draft.texts.sv.headline.trim() || !draft.texts.sv.body.trim()) return setProblem(t('form.required'));
    const { codes, unknown } = parseKommuner(draft.kommuner);
    if (unknown) return setProblem(t('form.unknownKommun', { name: unknown }));
    const content = contentFrom(draft, codes);
    const saved = message
      ? await revise.run({ id: message.id, base_version: message.version, content })
      : await create.run({
          template,
          content,
          required_actors: splitList(draft.actors),
          kind: replaces ? 'Update' : 'Alert',
          replaces: replaces?.id ?? null,
        });
    if (saved) onSaved(saved);
  }

  const error = problem ?? create.error ?? revise.error;
  return (
    <form
      className="message-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="message-editor"
    >
      {!message && (
        <label className="field">
          {t('template.label')}
          <select value={template} onChange={(e) => chooseTemplate(e.target.value as Template)} data-testid="message-template">
            {TEMPLATES.map((tp) => (
              <option key={tp} value={tp}>
                {t(`template.${tp}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {replaces && <p className="muted">{t('pane.replaces', { id: replaces.id })}</p>}
      <MessageForm draft={draft} onChange={setDraft} withActors={!message} boardId={boardId} />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="message-row">
        <button type="submit" className="button-primary" disabled={create.pending || revise.pending} data-testid="message-save">
          {message ? t('form.save') : t('form.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
