import type { Verification } from '../../../shared/record/record';
import { useApiEvent } from '../api/useApiEvent';
import { useLiveCall } from '../api/useLiveCall';

/**
 * The background check of the open board's record: read when a board is open (and after each
 * board change or reconnect), then followed by its 'record.verification' progress events. Kept
 * per board: the last board's result is never shown for the next one.
 */
export function useVerification(boardId: string | null): Verification | null {
  const live = useLiveCall('record.verification', {}, { refreshOn: ['board.changed'], enabled: boardId !== null, scope: boardId });
  const { set } = live;
  useApiEvent((e) => {
    if (e.event === 'record.verification') set({ verification: e.data.verification });
  });
  return boardId === null ? null : (live.data?.verification ?? null);
}
