import type { WallConfig, WallPanel } from './config.js';

/** The views the wall goes through: split shows one view of every panel; rotate cuts them in turns. */
export function wallViews(config: Pick<WallConfig, 'panels' | 'mode' | 'per_view'>): WallPanel[][] {
  if (config.mode === 'split') return [[...config.panels]];
  const views: WallPanel[][] = [];
  for (let i = 0; i < config.panels.length; i += config.per_view) views.push(config.panels.slice(i, i + config.per_view));
  return views;
}

export interface RotationPoint {
  views: WallPanel[][];
  /** The view shown now. */
  index: number;
  /** The view shown next (the same as index when there is only one). */
  next: number;
  /** Milliseconds until the next view (null when nothing rotates). */
  msToNext: number | null;
}

/**
 * Where the rotation stands at `now`: counted from the epoch in steps of rotate_seconds, so every
 * wall of the room shows the same view, a reload does not restart it, and a test can set the time.
 */
export function rotationAt(config: WallConfig, now: number): RotationPoint {
  const views = wallViews(config);
  if (views.length <= 1) return { views, index: 0, next: 0, msToNext: null };
  const period = config.rotate_seconds * 1000;
  const step = Math.floor(now / period);
  const index = ((step % views.length) + views.length) % views.length;
  return { views, index, next: (index + 1) % views.length, msToNext: period - (now - step * period) };
}
