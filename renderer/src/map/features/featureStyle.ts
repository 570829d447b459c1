import type { Category, FeatureStatus } from '../../../../shared/map/categories';

/**
 * How a feature is drawn: each line and area kind its own colour and dash pattern, and the status
 * told by the line itself (planned: dashed and lighter; ended: grey and thin), so nothing depends
 * on colour alone. Pure, so the legend and the map draw from the same table.
 */
export interface PathStyle {
  color: string;
  weight: number;
  dashArray: string | null;
  fillColor: string;
  fillOpacity: number;
  opacity: number;
  /**
   * Stripes over the fill, so that the areas people must leave or keep out of read from across a
   * room at kommun zoom, and not by colour alone: evacuation diagonal, hazard crossed.
   */
  hatch: Hatch | null;
}

export type Hatch = 'diagonal' | 'cross';

const BASE: Partial<Record<Category, PathStyle>> = {
  closed_road: { color: '#b91c1c', weight: 7, dashArray: '14 8', fillColor: '#b91c1c', fillOpacity: 0, opacity: 1, hatch: null },
  route: { color: '#1d4ed8', weight: 6, dashArray: null, fillColor: '#1d4ed8', fillOpacity: 0, opacity: 1, hatch: null },
  affected: { color: '#c2410c', weight: 4, dashArray: null, fillColor: '#fb923c', fillOpacity: 0.32, opacity: 1, hatch: null },
  evacuation: { color: '#b91c1c', weight: 5, dashArray: '12 6', fillColor: '#ef4444', fillOpacity: 0.3, opacity: 1, hatch: 'diagonal' },
  hazard: { color: '#854d0e', weight: 5, dashArray: '3 6', fillColor: '#facc15', fillOpacity: 0.4, opacity: 1, hatch: 'cross' },
  restricted: { color: '#6d28d9', weight: 4, dashArray: '18 6 3 6', fillColor: '#8b5cf6', fillOpacity: 0.28, opacity: 1, hatch: null },
};

const FALLBACK: PathStyle = { color: '#111827', weight: 4, dashArray: null, fillColor: '#6b7280', fillOpacity: 0.2, opacity: 1, hatch: null };

export function pathStyle(category: Category, status: FeatureStatus): PathStyle {
  const base = BASE[category] ?? FALLBACK;
  if (status === 'planned') return { ...base, dashArray: '4 8', fillOpacity: base.fillOpacity / 2, opacity: 0.85 };
  if (status === 'ended') return { ...base, color: '#6b7280', fillColor: '#9ca3af', weight: Math.max(2, base.weight - 3), fillOpacity: 0.08, opacity: 0.7, hatch: null };
  return base;
}

/** The ring a point symbol gets: solid for active, dashed for planned, grey for ended. */
export function pointRing(status: FeatureStatus): { color: string; dash: number[]; alpha: number } {
  if (status === 'planned') return { color: '#111827', dash: [4, 4], alpha: 1 };
  if (status === 'ended') return { color: '#6b7280', dash: [], alpha: 0.55 };
  return { color: '#111827', dash: [], alpha: 1 };
}

/** Highlight of features changed since a chosen time: a wide amber halo with a dark edge. */
export const HIGHLIGHT = { color: '#f59e0b', edge: '#111827', width: 6 } as const;
