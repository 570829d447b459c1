import type { JournalEntryView, JournalQuery } from '../../../shared/domain/journal';
import { call } from '../api/client';
import { usePagedList, type PagedList, type PageReader } from '../api/usePagedList';

export const PAGE_SIZE = 200;

export interface PagedJournal extends Omit<PagedList<JournalEntryView>, 'itemAt'> {
  entryAt: (index: number) => JournalEntryView | undefined;
}

/**
 * One whole page (fewer rows only at the end of the list). The server may answer with fewer rows
 * than asked when they are long (replies are bounded in bytes): ask on for the rest.
 */
const readJournal: PageReader<JournalQuery, JournalEntryView> = async (query, offset, limit) => {
  const items: JournalEntryView[] = [];
  for (;;) {
    const r = await call('journal.list', { query, offset: offset + items.length, limit: limit - items.length });
    items.push(...r.entries);
    if (r.entries.length === 0 || items.length >= limit || offset + items.length >= r.total) return { total: r.total, items, totalCapped: r.total_capped };
  }
};

/**
 * The journal (journal.list) as a paged list, newest first: kept current by every new entry (any
 * seat's), a board change and a reconnect.
 */
export function usePagedJournal(query: JournalQuery): PagedJournal {
  const { itemAt, ...list } = usePagedList(readJournal, query, { pageSize: PAGE_SIZE, refreshOn: ['journal.appended', 'board.changed'] });
  return { ...list, entryAt: itemAt };
}
