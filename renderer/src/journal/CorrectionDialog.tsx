import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectInput, EntryKind, JournalEntry, JournalEntryView } from '../../../shared/domain/journal';
import { stockholmDate, stockholmDateTime, stockholmTime } from '../../../shared/time';
import { useMutation } from '../api/useMutation';
import { ActorField } from './ActorField';
import { KindChip } from './KindChip';
import { kindForShortcut } from './kinds';
import { KindPicker } from './KindPicker';
import { OccurredFields } from './OccurredFields';
import { parseOccurredAt } from './stockholmInput';
import './journal.css';

interface Props {
  entry: JournalEntryView;
  /** Known actors, offered in the actor field. */
  actors: readonly string[];
  /** The correction that was saved, or null when the dialog was cancelled. */
  onClose: (saved: JournalEntry | null) => void;
}

/** Enter saves, Shift+Enter is a new line: the same keys as the entry form. */
function saveOnEnter(save: () => void) {
  return (e: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>): void => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      save();
    }
  };
}

/**
 * A rättelse: a new entry with the corrected text, kind, actor, time or Viktig, and a required
 * reason. The original is never changed; the list shows it struck through, linked to this one.
 * Only what was changed is sent: the rest is taken from the original by the server.
 */
export function CorrectionDialog({ entry, actors, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const originalDate = stockholmDate(entry.occurred_at);
  const originalTime = stockholmTime(entry.occurred_at);
  const [kind, setKind] = useState<EntryKind>(entry.kind);
  const [text, setText] = useState(entry.text);
  const [actor, setActor] = useState(entry.actor ?? '');
  const [date, setDate] = useState(originalDate);
  const [time, setTime] = useState(originalTime);
  const [significant, setSignificant] = useState(entry.significant);
  const [reason, setReason] = useState('');
  const correct = useMutation('journal.correct');
  const { error, setError } = correct;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The text is what is corrected most often: start there (the kind chips come first on screen).
    textRef.current?.focus();
    return () => dialog?.close();
  }, []);

  async function save(): Promise<void> {
    if (!text.trim()) return setError(t('form.textRequired'));
    if (!reason.trim()) return setError(t('correction.reasonRequired'));
    const input: CorrectInput = { seq: entry.seq, text, reason };
    if (kind !== entry.kind) input.kind = kind;
    if (actor.trim() !== (entry.actor ?? '')) input.actor = actor;
    if (significant !== entry.significant) input.significant = significant;
    // The original's time is shown to the minute: left as it was, it is not sent (no rounding).
    if (date.trim() !== originalDate || time.trim() !== originalTime) {
      const occurred = parseOccurredAt(date, time);
      if (!occurred.ok || !occurred.iso) return setError(t('correction.badTime'));
      input.occurred_at = occurred.iso;
    }
    const saved = await correct.run(input);
    if (saved) onClose(saved);
  }

  function onSubmit(e: FormEvent): void {
    e.preventDefault();
    void save();
  }
  const onEnter = saveOnEnter(() => void save());

  return (
    <dialog
      ref={dialogRef}
      className="correction-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose(null);
      }}
      onKeyDown={(e) => {
        // Alt+1…6 picks the kind here too, as in the entry form (the page's own handler skips dialogs).
        const k = kindForShortcut(e.nativeEvent);
        if (!k) return;
        e.preventDefault();
        setKind(k);
      }}
      data-testid="correction-dialog"
    >
      <form onSubmit={onSubmit}>
        <h2 id={`${id}-title`}>{t('correction.title', { seq: entry.seq })}</h2>
        <div className="correction-original" aria-label={t('correction.original')} role="group">
          <KindChip kind={entry.kind} />
          <span>{stockholmDateTime(entry.occurred_at)}</span>
          {entry.actor && <bdi className="entry-actor">{entry.actor}</bdi>}
          <p className="entry-text">{entry.text}</p>
        </div>
        <div className="correction-kind">
          <span className="correction-kind-label" id={`${id}-kind`}>
            {t('correction.kind')}
          </span>
          <KindPicker value={kind} onChange={setKind} labelledBy={`${id}-kind`} />
        </div>
        <label className="field">
          <span>{t('correction.text')}</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onEnter} rows={3} ref={textRef} data-testid="correction-text" />
        </label>
        <div className="correction-extra">
          <ActorField label={t('correction.actor')} value={actor} onChange={setActor} actors={actors} testId="correction-actor" />
          <OccurredFields date={date} time={time} onDate={setDate} onTime={setTime} testIdPrefix="correction" />
          <label className="check">
            <input type="checkbox" checked={significant} onChange={(e) => setSignificant(e.target.checked)} data-testid="correction-significant" />
            <span>{t('correction.significant')}</span>
          </label>
        </div>
        <label className="field">
          <span>{t('correction.reason')}</span>
          <textarea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={onEnter}
            required
            maxLength={2000}
            rows={2}
            aria-describedby={`${id}-reason-hint`}
            data-testid="correction-reason"
          />
          <span className="muted form-hint" id={`${id}-reason-hint`}>
            {t('correction.reasonHint')}
          </span>
        </label>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onClose(null)}>
            {t('correction.cancel')}
          </button>
          <button type="submit" className="button-primary" data-testid="correction-save">
            {t('correction.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
