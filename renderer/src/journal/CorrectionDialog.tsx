import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntryView } from '../../../shared/domain/journal';
import { stockholmDateTime } from '../../../shared/time';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { KindChip } from './KindChip';

interface Props {
  entry: JournalEntryView;
  onClose: (saved: boolean) => void;
}

/**
 * A rättelse: a new entry with the corrected text and a required reason. The original is never
 * changed; the list shows it struck through with a link to this correction.
 */
export function CorrectionDialog({ entry, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(entry.text);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const saving = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function save(): Promise<void> {
    if (saving.current) return;
    if (!text.trim()) return setError(t('form.textRequired'));
    if (!reason.trim()) return setError(t('correction.reasonRequired'));
    saving.current = true;
    setError(null);
    try {
      await call('journal.correct', { seq: entry.seq, text, reason });
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      saving.current = false;
    }
  }

  function onSubmit(e: FormEvent): void {
    e.preventDefault();
    void save();
  }

  function onTextKey(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void save();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="correction-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
      data-testid="correction-dialog"
    >
      <form onSubmit={onSubmit}>
        <h2 id={`${id}-title`}>{t('correction.title', { seq: entry.seq })}</h2>
        <div className="correction-original">
          <KindChip kind={entry.kind} />
          <span>{stockholmDateTime(entry.occurred_at)}</span>
          <p className="entry-text">{entry.text}</p>
        </div>
        <label className="field">
          <span>{t('correction.text')}</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onTextKey} rows={3} data-testid="correction-text" />
        </label>
        <label className="field">
          <span>{t('correction.reason')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} data-testid="correction-reason" />
        </label>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onClose(false)}>
            {t('correction.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('correction.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
