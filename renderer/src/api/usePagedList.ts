import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName } from '../../../shared/api/events';
import { useApiEvent } from './useApiEvent';
import { useConnection } from './useConnection';
import { REFRESH_COALESCE_MS } from './useLiveCall';

/** One page of a list method's answer: the rows at offset, and how many there are in all. */
export interface ListPage<T> {
  total: number;
  items: T[];
  /** The server stopped counting at `total`: there are more (a search with very many hits). */
  totalCapped?: boolean;
}

/** Reads one page; must be a stable function (module level), the query is passed in. */
export type PageReader<Q, T> = (query: Q, offset: number, limit: number) => Promise<ListPage<T>>;

interface Page<T> {
  /** The cache generation it was fetched in; older pages are shown until their refetch lands. */
  gen: number;
  items: T[];
}

interface State<T> {
  total: number | null;
  totalCapped: boolean;
  pages: ReadonlyMap<number, Page<T>>;
  gen: number;
  error: unknown;
}

export interface PagedList<T> {
  total: number | null;
  /** total is a lower bound ("10 000+"). */
  totalCapped: boolean;
  gen: number;
  error: unknown;
  itemAt: (index: number) => T | undefined;
  /** Fetches every page touching [first, last] that is missing or stale. */
  ensureRange: (first: number, last: number) => void;
  /** New data on the server: refetch what is shown (old rows stay visible until then). */
  invalidate: () => void;
}

export interface PagedListOptions {
  pageSize: number;
  /** Events after which what is shown is fetched again. */
  refreshOn: readonly EventName[];
}

/**
 * A long list as a sparse array over a list method: pages fetched on demand by offset, so a list
 * of 100 000 rows loads only what is on screen; `total` (from every reply) sizes it. A new query
 * starts a fresh cache; the named events and a reconnect refetch what is shown.
 */
export function usePagedList<Q, T>(read: PageReader<Q, T>, query: Q, { pageSize, refreshOn }: PagedListOptions): PagedList<T> {
  const queryKey = JSON.stringify(query);
  const [state, setState] = useState<State<T>>({ total: null, totalCapped: false, pages: new Map(), gen: 0, error: null });
  const genRef = useRef(0);
  const keyRef = useRef(queryKey);
  const pagesRef = useRef(state.pages);
  const inflight = useRef(new Map<number, number>());
  const readRef = useRef(read);
  pagesRef.current = state.pages;
  readRef.current = read;
  const pageOf = useCallback((index: number) => Math.floor(index / pageSize) * pageSize, [pageSize]);

  const fetchPage = useCallback(
    (offset: number) => {
      const gen = genRef.current;
      const key = keyRef.current;
      const have = pagesRef.current.get(offset);
      if ((have && have.gen === gen) || inflight.current.get(offset) === gen) return;
      inflight.current.set(offset, gen);
      readRef
        .current(JSON.parse(key) as Q, offset, pageSize)
        .then((r) => {
          if (keyRef.current !== key) return;
          if (inflight.current.get(offset) === gen) inflight.current.delete(offset);
          setState((s) => {
            const pages = new Map(s.pages);
            const old = pages.get(offset);
            if (!old || old.gen <= gen) pages.set(offset, { gen, items: r.items });
            return { ...s, total: r.total, totalCapped: r.totalCapped === true, pages, error: null };
          });
        })
        .catch((error: unknown) => {
          if (keyRef.current !== key) return;
          inflight.current.delete(offset);
          setState((s) => ({ ...s, error }));
        });
    },
    [pageSize],
  );

  // A new query starts a fresh cache.
  useEffect(() => {
    keyRef.current = queryKey;
    genRef.current += 1;
    inflight.current.clear();
    pagesRef.current = new Map();
    setState({ total: null, totalCapped: false, pages: new Map(), gen: genRef.current, error: null });
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
      fetchPage(0); // the total (and the first rows) always come back, even for an empty list
    }, REFRESH_COALESCE_MS);
  }, [fetchPage]);
  useEffect(
    () => () => {
      if (refreshTimer.current !== null) window.clearTimeout(refreshTimer.current);
      refreshTimer.current = null;
    },
    [],
  );

  const refreshKey = refreshOn.join(' ');
  useApiEvent((e) => {
    if (refreshKey.split(' ').includes(e.event)) invalidate();
  });
  // After a reconnect the events missed while away are gone: fetch everything shown again.
  const { epoch } = useConnection();
  const firstEpoch = useRef(epoch);
  useEffect(() => {
    if (epoch !== firstEpoch.current) invalidate();
  }, [epoch, invalidate]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (last < first) return;
      for (let offset = pageOf(first); offset <= pageOf(last); offset += pageSize) fetchPage(offset);
    },
    [fetchPage, pageOf, pageSize],
  );

  const itemAt = useCallback((index: number) => state.pages.get(pageOf(index))?.items[index - pageOf(index)], [state.pages, pageOf]);

  return { total: state.total, totalCapped: state.totalCapped, gen: state.gen, error: state.error, itemAt, ensureRange, invalidate };
}
