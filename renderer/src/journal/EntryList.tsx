import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntryView } from '../../../shared/domain/journal';
import { useStockholmToday } from '../ui/useStockholmToday';
import { EntryRow } from './EntryRow';
import type { PagedJournal } from './usePagedJournal';

export interface EntryListHandle {
  scrollToIndex: (index: number) => void;
}

interface Props {
  journal: PagedJournal;
  canCorrect: boolean;
  flashSeq: number | null;
  isNew: (seq: number) => boolean;
  onCorrect: (entry: JournalEntryView) => void;
  onJump: (seq: number) => void;
  /** Index of an entry in the current query (journal.position), to keep the view anchored. */
  locate: (seq: number) => Promise<number | null>;
  ref?: Ref<EntryListHandle>;
}

const AT_TOP_PX = 8;
const estimateRowSize = (): number => 76;

/**
 * Newest first, virtualized: only the rows on screen exist in the DOM, and only their pages are
 * fetched, so 100 000 entries scroll like 100. Rows are measured (texts wrap to any height).
 */
export function EntryList({ journal, canCorrect, flashSeq, isNew, onCorrect, onJump, locate, ref }: Props) {
  const { t } = useTranslation();
  const today = useStockholmToday();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = journal.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRowSize,
    overscan: 8,
    // Keyed by index (the default), not by seq: the virtualizer recomputes every row's position
    // whenever getItemKey changes identity, which at 100 000 rows costs a frame on every render.
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useImperativeHandle(ref, () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }) }), [virtualizer]);

  const { ensureRange, gen } = journal;
  useEffect(() => {
    ensureRange(first, last);
  }, [ensureRange, first, last, gen]);

  // New entries usually go in at the top (the list is ordered by when things happened, so a
  // back-dated line lands further down). Someone at the top sees them; someone reading further
  // down keeps the same entry at the top of their view instead of having it pushed away.
  // The first row at the top edge of the view, not the first one drawn (the overscan above it).
  const offset = virtualizer.scrollOffset ?? 0;
  const firstSeq = journal.entryAt(items.find((i) => i.end > offset)?.index ?? first)?.seq ?? null;
  // The entry at the top of the view as of the previous render (before new data shifted rows).
  const shownFirstSeq = useRef<number | null>(null);
  const shownCount = useRef(count);
  useEffect(() => {
    const beforeCount = shownCount.current;
    const anchor = shownFirstSeq.current;
    shownCount.current = count;
    const el = scrollRef.current;
    if (!el || beforeCount === 0 || count <= beforeCount || anchor === null || el.scrollTop <= AT_TOP_PX) return;
    let live = true;
    locate(anchor)
      .then((index) => {
        if (live && index !== null) virtualizer.scrollToIndex(index, { align: 'start' });
      })
      .catch(() => undefined); // keeping the view still is a nicety; the list itself is right
    return () => {
      live = false;
    };
  }, [count, locate, virtualizer]);
  // Declared after the effect above so that one still sees the previous render's value.
  useEffect(() => {
    shownFirstSeq.current = firstSeq;
  });

  return (
    <div className="entry-list" ref={scrollRef} data-testid="entry-list" role="feed" aria-label={t('journal.listLabel')} aria-busy={journal.total === null}>
      {journal.total === 0 && <p className="muted list-empty">{t('journal.empty')}</p>}
      <div className="entry-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = journal.entryAt(item.index);
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="entry-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {entry ? (
                <EntryRow
                  entry={entry}
                  canCorrect={canCorrect}
                  flash={entry.seq === flashSeq}
                  isNew={isNew(entry.seq)}
                  today={today}
                  onCorrect={onCorrect}
                  onJump={onJump}
                />
              ) : (
                <div className="entry entry-placeholder" aria-hidden="true">
                  {t('journal.loadingRow')}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
