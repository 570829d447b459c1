import type { Actor } from '../../../shared/domain/actor';
import { useLiveCall } from '../api/useLiveCall';

const NONE: Actor[] = [];

/**
 * Every actor of the board (retired ones too, flagged), kept current by actor.changed: a status
 * reported on any seat, by the CLI or in a conference shows on every panel within a moment.
 */
export function useActorRegistry(boardId: string): { actors: Actor[]; error: unknown; loading: boolean; reload: () => void } {
  const live = useLiveCall('actors.list', { include_retired: true }, { refreshOn: ['actor.changed'], scope: boardId });
  return { actors: live.data?.actors ?? NONE, error: live.error, loading: live.loading, reload: live.reload };
}

