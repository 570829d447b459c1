import { useCallback, useEffect, useRef, useState } from 'react';
import type { JournalEntryView, JournalQuery } from '../../../shared/domain/journal';
import { call } from '../api/client';

export const PAGE_SIZE = 200;
const REFRESH_COALESCE_MS = 60;

interface Page {
  /** The cache generation it was fetched in; older pages are shown until their refetch lands. */
  gen: number;
  entries: JournalEntryView[];
}

interface State {
  total: number | null;
  pages: ReadonlyMap<number, Page>;
  gen: number;
  error: unknown;
}

export interface PagedJournal {
  total: number | null;
  gen: number;
  error: unknown;
  entryAt: (index: number) => JournalEntryView | undefined;
  /** Fetches every page touching [first, last] that is missing or stale. */
  ensureRange: (first: number, last: number) => void;
  /** New data on the server: refetch what is shown (old rows stay visible until then). */
  invalidate: () => void;
}

const pageOf = (index: number): number => Math.floor(index / PAGE_SIZE) * PAGE_SIZE;

/**
 * One page of PAGE_SIZE rows (fewer only at the end of the list). The server may answer with fewer
 * rows than asked when they are long (replies are bounded in bytes): ask on for the rest.
 */
async function fetchWholePage(query: JournalQuery, offset: number): Promise<{ total: number; entries: JournalEntryView[] }> {
  const entries: JournalEntryView[] = [];
  for (;;) {
    const r = await call('journal.list', { query, offset: offset + entries.length, limit: PAGE_SIZE - entries.length });
    entries.push(...r.entries);
    if (r.entries.length === 0 || entries.length >= PAGE_SIZE || offset + entries.length >= r.total) {
      return { total: r.total, entries };
    }
  }
}

/**
 * The journal as a sparse array over journal.list: pages of 200 fetched on demand by offset, so a
 * board with 100 000 entries loads only what is on screen. `total` (from every reply) sizes the list.
 */
export function usePagedJournal(query: JournalQuery): PagedJournal {
  const queryKey = JSON.stringify(query);
  const [state, setState] = useState<State>({ total: null, pages: new Map(), gen: 0, error: null });
  const genRef = useRef(0);
  const keyRef = useRef(queryKey);
  const pagesRef = useRef(state.pages);
  const inflight = useRef(new Map<number, number>());
  pagesRef.current = state.pages;

  const fetchPage = useCallback(
    (offset: number) => {
      const gen = genRef.current;
      const key = keyRef.current;
      const have = pagesRef.current.get(offset);
      if ((have && have.gen === gen) || inflight.current.get(offset) === gen) return;
      inflight.current.set(offset, gen);
      const q = JSON.parse(key) as JournalQuery;
      fetchWholePage(q, offset)
        .then((r) => {
          if (keyRef.current !== key) return;
          if (inflight.current.get(offset) === gen) inflight.current.delete(offset);
          setState((s) => {
            const pages = new Map(s.pages);
            const old = pages.get(offset);
            if (!old || old.gen <= gen) pages.set(offset, { gen, entries: r.entries });
            return { ...s, total: r.total, pages, error: null };
          });
        })
        .catch((error: unknown) => {
          if (keyRef.current !== key) return;
          inflight.current.delete(offset);
          setState((s) => ({ ...s, error }));
        });
    },
    [],
  );

  // A new query starts a fresh cache.
  useEffect(() => {
    keyRef.current = queryKey;
    genRef.current += 1;
    inflight.current.clear();
    pagesRef.current = new Map();
    setState({ total: null, pages: new Map(), gen: genRef.current, error: null });
    fetchPage(0);
  }, [queryKey, fetchPage]);

  // Events can come in bursts (another seat importing, a busy room): refresh at most every
  // REFRESH_COALESCE_MS rather than once per event, or a burst of a thousand lines would ask for a
  // thousand pages and the server would drop this seat as too slow.
  const refreshTimer = useRef<number | null>(null);
  const invalidate = useCallback(() => {
    if (refreshTimer.current !== null) return;
    refreshTimer.current = window.setTimeout(() => {
      refreshTimer.current = null;
      genRef.current += 1;
      setState((s) => ({ ...s, gen: genRef.current }));
      fetchPage(0); // the total (and the newest rows) always come back, even for an empty list
    }, REFRESH_COALESCE_MS);
  }, [fetchPage]);
  useEffect(
    () => () => {
      if (refreshTimer.current !== null) window.clearTimeout(refreshTimer.current);
      refreshTimer.current = null;
    },
    [],
  );

  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (last < first) return;
      for (let offset = pageOf(first); offset <= pageOf(last); offset += PAGE_SIZE) fetchPage(offset);
    },
    [fetchPage],
  );

  const entryAt = useCallback(
    (index: number) => state.pages.get(pageOf(index))?.entries[index - pageOf(index)],
    [state.pages],
  );

  return { total: state.total, gen: state.gen, error: state.error, entryAt, ensureRange, invalidate };
}
