import { stockholmTime } from '../time.js';
import type { WallPalette } from './config.js';

/** Night, for the auto palette: from 20:00 until 06:00, Stockholm time. */
export const NIGHT_FROM_HOUR = 20;
export const NIGHT_UNTIL_HOUR = 6;

/** The palette the wall shows at `now`: day or night as set, or by the Stockholm clock for auto. */
export function paletteAt(palette: WallPalette, now: Date): 'day' | 'night' {
  if (palette !== 'auto') return palette;
  const hour = Number(stockholmTime(now).slice(0, 2));
  return hour >= NIGHT_FROM_HOUR || hour < NIGHT_UNTIL_HOUR ? 'night' : 'day';
}
