import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '../../../shared/domain/board';
import type { JournalEntryView, JournalQuery } from '../../../shared/domain/journal';
import { call } from '../api/client';
import { useApiEvent } from '../api/useApiEvent';
import { useCanWrite, useConnection } from '../api/useConnection';
import { errorText } from '../i18n/errorText';
import { CorrectionDialog } from './CorrectionDialog';
import { EntryForm } from './EntryForm';
import { EntryList, type EntryListHandle } from './EntryList';
import { FilterBar } from './FilterBar';
import { buildQuery, NO_FILTERS, type JournalFilters } from './journalFilters';
import { useDebounced } from './useDebounced';
import { usePagedJournal } from './usePagedJournal';

const SEARCH_DEBOUNCE_MS = 200;

/** The journal (dagbok): entry form on top, filters, then the whole log newest first. */
export function JournalPane({ board }: { board: BoardInfo }) {
  const { t } = useTranslation();
  const canWrite = useCanWrite() && !board.read_only;
  const { epoch } = useConnection();
  const [filters, setFilters] = useState<JournalFilters>(NO_FILTERS);
  const settled = useDebounced(filters, SEARCH_DEBOUNCE_MS);
  const { query, badFrom, badTo } = buildQuery(settled);
  const journal = usePagedJournal(query);
  const listRef = useRef<EntryListHandle>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [correcting, setCorrecting] = useState<JournalEntryView | null>(null);
  const [flashSeq, setFlashSeq] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { invalidate } = journal;
  useApiEvent((e) => {
    if (e.event === 'journal.appended' || e.event === 'board.changed') invalidate();
  });
  // After a reconnect the events missed while away are gone: fetch everything shown again.
  const firstEpoch = useRef(epoch);
  useEffect(() => {
    if (epoch !== firstEpoch.current) invalidate();
  }, [epoch, invalidate]);

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

  function closeCorrection(saved: boolean): void {
    setCorrecting(null);
    if (saved) invalidate();
  }

  // Back to the log keeper's text field once the dialog is gone: while a modal dialog is open the
  // rest of the page is inert, and closing it would hand focus back to the Rätta button.
  const wasCorrecting = useRef(false);
  useEffect(() => {
    if (wasCorrecting.current && !correcting) textRef.current?.focus();
    wasCorrecting.current = correcting !== null;
  }, [correcting]);

  return (
    <section className="pane journal-pane" aria-label={t('journal.title')} data-testid="journal-pane">
      {canWrite && <EntryForm onSaved={invalidate} textRef={textRef} />}
      <FilterBar filters={filters} onChange={setFilters} total={journal.total} badFrom={badFrom} badTo={badTo} />
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
      <EntryList
        ref={listRef}
        journal={journal}
        canCorrect={canWrite}
        flashSeq={flashSeq}
        onCorrect={setCorrecting}
        onJump={(seq) => void jumpTo(seq)}
        locate={locate}
      />
      {correcting && <CorrectionDialog entry={correcting} onClose={closeCorrection} />}
    </section>
  );
}
