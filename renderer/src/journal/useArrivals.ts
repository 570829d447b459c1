import { useCallback, useEffect, useState } from 'react';
import type { JournalEntry } from '../../../shared/domain/journal';
import { useApiEvent } from '../api/useApiEvent';

/** How long a new entry is marked NY on every seat, the wall included. */
const NEW_FOR_MS = 2 * 60_000;
/** An entry whose time is this much before it was recorded sorts below the newest lines. */
const BACKDATED_MS = 60_000;
/** How many back-dated arrivals the strip above the list shows at most. */
const BACKDATED_SHOWN = 3;
const SWEEP_MS = 5_000;

interface Arrival {
  entry: JournalEntry;
  until: number;
}

export interface Arrivals {
  isNew: (seq: number) => boolean;
  /** Recent arrivals that landed further down the list than the newest lines, newest first. */
  backdated: JournalEntry[];
}

export function isBackdated(entry: JournalEntry): boolean {
  return Date.parse(entry.recorded_at) - Date.parse(entry.occurred_at) > BACKDATED_MS;
}

/**
 * Entries that arrived while this seat watched (pushed 'journal.appended', from any seat), kept
 * for a short while: the list marks them, and the back-dated ones are listed above the list so a
 * line typed at 23:17 "kl. 22:40" is seen even though it sorts below the rows on screen.
 */
export function useArrivals(): Arrivals {
  const [arrivals, setArrivals] = useState<ReadonlyMap<number, Arrival>>(new Map());

  useApiEvent((e) => {
    if (e.event === 'board.changed' && e.data.board === null) setArrivals(new Map());
    if (e.event !== 'journal.appended') return;
    const { entry } = e.data;
    setArrivals((now) => new Map(now).set(entry.seq, { entry, until: Date.now() + NEW_FOR_MS }));
  });

  const empty = arrivals.size === 0;
  useEffect(() => {
    if (empty) return;
    const id = window.setInterval(() => {
      const at = Date.now();
      setArrivals((now) => {
        const kept = [...now].filter(([, a]) => a.until > at);
        return kept.length === now.size ? now : new Map(kept);
      });
    }, SWEEP_MS);
    return () => window.clearInterval(id);
  }, [empty]);

  const isNew = useCallback((seq: number) => arrivals.has(seq), [arrivals]);
  const backdated = [...arrivals.values()]
    .map((a) => a.entry)
    .filter(isBackdated)
    .sort((a, b) => b.seq - a.seq)
    .slice(0, BACKDATED_SHOWN);
  return { isNew, backdated };
}
