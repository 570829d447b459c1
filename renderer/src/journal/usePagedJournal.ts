import type { JournalEntryView, JournalQuery } from '../../../shared/domain/journal';
import { call } from '../api/client';
import { usePagedList, type PagedList, type PageReader } from '../api/usePagedList';

export const PAGE_SIZE = 200;

export interface PagedJournal extends Omit<PagedList<JournalEntryView>, 'itemAt'> {
  entryAt: (index: number) => JournalEntryView | undefined;
}

const readJournal: PageReader<JournalQuery, JournalEntryView> = async (query, offset, limit) => {
  const r = await call('journal.list', { query, offset, limit });
  return { total: r.total, items: r.entries };
};

/**
 * The journal (journal.list) as a paged list, newest first: kept current by every new entry (any
 * seat's), a board change and a reconnect.
 */
export function usePagedJournal(query: JournalQuery): PagedJournal {
  const { itemAt, ...list } = usePagedList(readJournal, query, { pageSize: PAGE_SIZE, refreshOn: ['journal.appended', 'board.changed'] });
  return { ...list, entryAt: itemAt };
}
