import { useRef } from 'react';
import { useLiveCall } from '../api/useLiveCall';

const NONE: string[] = [];

/**
 * Actor/source names used before on this board, for the datalist and the filter: every seat
 * learns a new name as soon as anyone uses it (an entry naming an actor not in the list).
 */
export function useActors(): { actors: string[]; refresh: () => void } {
  const known = useRef<readonly string[]>(NONE);
  const live = useLiveCall(
    'journal.actors',
    {},
    {
      refreshOn: ['journal.appended'],
      refreshIf: (e) => e.event === 'journal.appended' && e.data.entry.actor !== null && !known.current.includes(e.data.entry.actor),
    },
  );
  // Suggestions only: on a failure the form works without them.
  const actors = live.data?.actors ?? NONE;
  known.current = actors;
  return { actors, refresh: live.reload };
}
