import { useMemo } from 'react';
import type { Feature } from '../../../../shared/map/feature';
import { useLiveCall } from '../../api/useLiveCall';

/**
 * The board's features as they stand now (kept current by map.feature events) or at a past moment
 * (a replay: the record folded up to `at`; events do not change the past). With the ids changed
 * since `since`, for the highlight.
 */
export function useFeatures(boardId: string, at: string | null, since: string | null) {
  const list = useLiveCall('map.list', { at }, { refreshOn: ['map.feature'], refreshIf: () => at === null, scope: boardId });
  const changed = useLiveCall('map.changedSince', { since: since ?? '1970-01-01T00:00:00.000Z', at }, { enabled: since !== null, refreshOn: ['map.feature'], refreshIf: () => at === null, scope: boardId });
  const highlighted = useMemo(() => new Set(since !== null ? (changed.data?.ids ?? []) : []), [since, changed.data]);
  const features: readonly Feature[] = list.data?.features ?? [];
  return { features, highlighted, error: list.error ?? changed.error, loaded: list.data !== undefined, reload: list.reload };
}
