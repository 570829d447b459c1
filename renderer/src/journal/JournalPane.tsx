import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry, JournalEntryView, JournalQuery } from '../../../shared/domain/journal';
import { call } from '../api/client';
import { useDecidesForBoard } from '../api/useConnection';
import { errorText } from '../i18n/errorText';
import type { PaneProps } from '../panes/pane';
import { setFocusHome } from '../ui/focusHome';
import { BackdatedStrip } from './BackdatedStrip';
import { CorrectionDialog } from './CorrectionDialog';
import { EntryForm } from './EntryForm';
import { EntryList, type EntryListHandle } from './EntryList';
import { FilterBar } from './FilterBar';
import { buildQuery, NO_FILTERS, type JournalFilters } from './journalFilters';
import { SavedNotice, type Saved } from './SavedNotice';
import { useActors } from './useActors';
import { useArrivals } from './useArrivals';
import { useCorrectLatestShortcut } from './useCorrectLatestShortcut';
import { useDebounced } from './useDebounced';
import { usePagedJournal } from './usePagedJournal';
import './journal.css';

const SEARCH_DEBOUNCE_MS = 200;

/** The journal (loggbok): entry form on top, filters, then the whole log newest first. */
export function JournalPane({ canWrite }: PaneProps) {
  // A liaison writes new entries; corrections of the log stay with the staff.
  const decides = useDecidesForBoard();
  const canCorrect = canWrite && decides;
  const { t } = useTranslation();
  const { actors } = useActors();
  const [filters, setFilters] = useState<JournalFilters>(NO_FILTERS);
  const settled = useDebounced(filters, SEARCH_DEBOUNCE_MS);
  const { query, badFrom, badTo, unknownActor } = buildQuery(settled, actors);
  const journal = usePagedJournal(query);
  const arrivals = useArrivals();
  const listRef = useRef<EntryListHandle>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [correcting, setCorrecting] = useState<JournalEntryView | null>(null);
  const [flashSeq, setFlashSeq] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);

  const { invalidate } = journal;

  // Where the keyboard returns when the header's buttons it was on go away.
  useEffect(() => {
    setFocusHome(() => textRef.current?.focus());
    return () => setFocusHome(null);
  }, []);

  const queryKey = JSON.stringify(query);
  const locate = useCallback(
    (seq: number) => call('journal.position', { seq, query: JSON.parse(queryKey) as JournalQuery }).then((r) => r.index),
    [queryKey],
  );

  async function jumpTo(seq: number): Promise<void> {
    setNotice(null);
    try {
      const { index } = await call('journal.position', { seq, query });
      if (index === null) return setNotice(t('journal.notInFilter', { seq }));
      listRef.current?.scrollToIndex(index);
      setFlashSeq(seq);
    } catch (e) {
      setNotice(errorText(e));
    }
  }

  /** Every save is confirmed where it was made, with where the entry went in the list. */
  function onSaved(entry: JournalEntry): void {
    invalidate();
    setFlashSeq(entry.seq);
    setSaved({ entry, index: undefined });
    locate(entry.seq)
      .then((index) => setSaved((now) => (now?.entry.seq === entry.seq ? { entry, index } : now)))
      .catch(() => undefined); // the confirmation stands without the position
  }

  function closeCorrection(saved: JournalEntry | null): void {
    setCorrecting(null);
    if (saved) onSaved(saved);
  }

  useCorrectLatestShortcut(canCorrect && !correcting, setCorrecting, setNotice);

  // Back to the log keeper's text field once the dialog is gone: while a modal dialog is open the
  // rest of the page is inert, and closing it would hand focus back to the Rätta button.
  const wasCorrecting = useRef(false);
  useEffect(() => {
    if (wasCorrecting.current && !correcting) textRef.current?.focus();
    wasCorrecting.current = correcting !== null;
  }, [correcting]);

  return (
    <section className="pane journal-pane" aria-label={t('journal.title')} data-testid="journal-pane">
      {canWrite && (
        <EntryForm
          actors={actors}
          onSaved={onSaved}
          notice={saved && <SavedNotice saved={saved} onShow={(seq) => void jumpTo(seq)} />}
          textRef={textRef}
          canCorrect={canCorrect}
        />
      )}
      <FilterBar
        filters={filters}
        onChange={setFilters}
        actors={actors}
        total={journal.total}
        totalCapped={journal.totalCapped}
        badFrom={badFrom}
        badTo={badTo}
        unknownActor={unknownActor}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {journal.error !== null && (
        <p className="error-text" role="alert">
          {errorText(journal.error)}
        </p>
      )}
      <BackdatedStrip entries={arrivals.backdated} onShow={(seq) => void jumpTo(seq)} />
      <EntryList
        ref={listRef}
        journal={journal}
        canCorrect={canCorrect}
        flashSeq={flashSeq}
        isNew={arrivals.isNew}
        onCorrect={setCorrecting}
        onJump={(seq) => void jumpTo(seq)}
        locate={locate}
      />
      {correcting && <CorrectionDialog entry={correcting} actors={actors} onClose={closeCorrection} />}
    </section>
  );
}
