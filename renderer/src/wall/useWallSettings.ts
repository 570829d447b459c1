import { DEFAULT_WALL_CONFIG, type WallSettings } from '../../../shared/wall/config';
import { useLiveCall } from '../api/useLiveCall';

const DEFAULT: WallSettings = { config: DEFAULT_WALL_CONFIG, changed_by: null, changed_at: null };

/** The wall's configuration, kept current by wall.changed (the lead's change shows at once). */
export function useWallSettings(boardId: string): { settings: WallSettings; loaded: boolean; error: unknown } {
  const live = useLiveCall('wall.get', {}, { refreshOn: ['wall.changed'], scope: boardId });
  return { settings: live.data ?? DEFAULT, loaded: live.data !== undefined, error: live.error };
}
