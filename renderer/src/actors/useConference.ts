import { useLiveCall } from '../api/useLiveCall';

/**
 * The conference under way (or null) and the next one planned (or null), kept current: every seat
 * follows the turns, and the header's countdown moves when anyone sets the next time.
 */
export function useConference(boardId: string | null) {
  return useLiveCall(
    'actors.conference.current',
    {},
    { refreshOn: ['actor.conference', 'actor.next_conference', 'actor.agreement'], scope: boardId, enabled: boardId !== null },
  );
}
