import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryKind, JournalEntry, Place } from '../../../shared/domain/journal';
import { useMutation } from '../api/useMutation';
import { ActorField } from './ActorField';
import { useShortcut } from '../panes/shortcuts';
import { asKind } from './kinds';
import { JOURNAL_SHORTCUTS } from './shortcuts';
import { KindPicker } from './KindPicker';
import { OccurredFields } from './OccurredFields';
import { parseOccurredAt } from './stockholmInput';
import { usePickedPlace } from '../panes/pickedPlace';

interface Props {
  /** Known actors of this board, for the datalist. */
  actors: readonly string[];
  onSaved: (entry: JournalEntry) => void;
  /** The last save's confirmation: shown in the hint's place, on the line under the text. */
  notice: ReactNode;
  textRef: RefObject<HTMLTextAreaElement | null>;
  /** Alt+R corrects the latest entry here (not for a liaison, who does not correct the log). */
  canCorrect: boolean;
}

/**
 * The log keeper's line: type, Alt+digit for the kind, Enter. The text field never loses focus,
 * and on any failure everything typed stays so nothing is lost.
 */
export function EntryForm({ actors, onSaved, notice, textRef, canCorrect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<EntryKind>('information');
  const [text, setText] = useState('');
  const [actor, setActor] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [significant, setSignificant] = useState(false);
  // A place given from the map's last click (the map must be on screen to click it).
  const picked = usePickedPlace();
  const [place, setPlace] = useState<Place | null>(null);
  // A log keeper taking several lines from one caller keeps the actor between entries.
  const [keepActor, setKeepActor] = useState(false);
  const append = useMutation('journal.append', { clearErrorOnRun: false });
  const { error, setError } = append;

  // Alt+1..6 anywhere on the page (outside dialogs) picks the kind without leaving the text field:
  // the journal pane's shortcut, dispatched by the board layout's one keyboard handler.
  useShortcut(JOURNAL_SHORTCUTS.kind.id, (value) => setKind((now) => asKind(value) ?? now));

  // Saves run one after another in the order Enter was pressed, so the log keeps the room's order.
  const queue = useRef<Promise<void>>(Promise.resolve());

  /**
   * The form is emptied at once (the log keeper goes on typing the next line while this one is
   * saved); if the save fails, what was sent comes back into the fields, ahead of anything typed
   * since, and the error is shown: nothing typed is ever lost.
   */
  function save(): void {
    if (!text.trim()) return setError(t('form.textRequired'));
    const occurred = parseOccurredAt(date, time);
    if (!occurred.ok) return setError(t('form.badTime'));
    const sent = { kind, text, actor, date, time, significant, place };
    setError(null);
    setText('');
    if (!keepActor) setActor('');
    setDate('');
    setTime('');
    setSignificant(false);
    setPlace(null);
    // Whichever field Enter was pressed in, the next line starts in the text field.
    textRef.current?.focus();
    queue.current = queue.current.then(async () => {
      const entry = await append.run({ kind: sent.kind, text: sent.text, actor: sent.actor, occurred_at: occurred.iso, significant: sent.significant, place: sent.place });
      if (entry) return onSaved(entry);
      // Failed (append.error says why): what was sent goes back, ahead of anything typed since.
      setText((now) => (now.trim() ? `${sent.text}\n${now}` : sent.text));
      setActor((now) => now || sent.actor);
      setDate((now) => now || sent.date);
      setTime((now) => now || sent.time);
      setSignificant((now) => now || sent.significant);
      setPlace((now) => now ?? sent.place);
      setKind(sent.kind);
    });
  }

  function onSubmit(e: FormEvent): void {
    e.preventDefault();
    save();
  }

  function onTextKey(e: KeyboardEvent<HTMLTextAreaElement>): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      save();
    }
  }

  // A checkbox does not submit its form on Enter by itself; here Enter saves from every field.
  function onCheckKey(e: KeyboardEvent<HTMLInputElement>): void {
    if (e.key === 'Enter') {
      e.preventDefault();
      save();
    }
  }

  return (
    <form className="entry-form" onSubmit={onSubmit} aria-label={t('form.label')} data-testid="entry-form">
      <KindPicker value={kind} onChange={setKind} />
      <div className="entry-form-main">
        <label className="visually-hidden" htmlFor={`${id}-text`}>
          {t('form.text')}
        </label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          className={`entry-text-input kind-border-${kind}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onTextKey}
          placeholder={t('form.textPlaceholder')}
          rows={2}
          autoFocus
          data-testid="entry-text-input"
        />
        {/* The extra fields come before Spara in the tab order: Tab from the text reaches Aktör. */}
        <div className="entry-form-extra">
          <ActorField label={t('form.actor')} value={actor} onChange={setActor} actors={actors} testId="entry-actor-input" />
          <label className="check check-small">
            <input type="checkbox" checked={keepActor} onChange={(e) => setKeepActor(e.target.checked)} onKeyDown={onCheckKey} data-testid="keep-actor" />
            <span>{t('form.keepActor')}</span>
          </label>
          <OccurredFields date={date} time={time} onDate={setDate} onTime={setTime} testIdPrefix="entry" />
          <label className="check">
            <input type="checkbox" checked={significant} onChange={(e) => setSignificant(e.target.checked)} onKeyDown={onCheckKey} data-testid="entry-significant" />
            <span>{t('form.significant')}</span>
          </label>
          {place ? (
            <span className="entry-form-place" data-testid="entry-place-chosen">
              {t('form.place', { lat: place.lat.toFixed(5), lon: place.lon.toFixed(5) })}{' '}
              <button type="button" className="link" onClick={() => setPlace(null)} data-testid="entry-place-clear">
                {t('form.placeClear')}
              </button>
            </span>
          ) : (
            picked && (
              <button type="button" className="button-quiet" onClick={() => setPlace(picked)} data-testid="entry-place-pick">
                {t('form.placeFromMap')}
              </button>
            )
          )}
          {notice ?? <span className="muted form-hint">{t(canCorrect ? 'form.hint' : 'form.hintNoCorrect')}</span>}
        </div>
        <button type="submit" className="button-primary entry-save" data-testid="entry-save">
          {t('form.save')}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert" data-testid="entry-error">
          {error}
        </p>
      )}
    </form>
  );
}
