/**
 * How features print in the snapshot. The colours are the map pane's (renderer featureStyle.ts);
 * on paper an area also gets its own hatching angle and a line its own dash, so a grey-scale copy
 * still tells the kinds apart. Planned features are drawn dashed and lighter, as on the map.
 */

export interface LinePrint {
  color: string;
  width: number;
  dash: string | null;
}

export interface AreaPrint {
  color: string;
  fill: string;
  /** Hatching angles in degrees (two: cross-hatched). */
  hatch: readonly number[];
  dash: string | null;
}

export const LINE_PRINT: Readonly<Record<string, LinePrint>> = {
  closed_road: { color: '#b91c1c', width: 5, dash: '12 6' },
  route: { color: '#1d4ed8', width: 4.5, dash: null },
};

export const AREA_PRINT: Readonly<Record<string, AreaPrint>> = {
  affected: { color: '#c2410c', fill: '#fb923c', hatch: [45], dash: null },
  evacuation: { color: '#b91c1c', fill: '#ef4444', hatch: [-45], dash: '10 5' },
  hazard: { color: '#854d0e', fill: '#facc15', hatch: [0], dash: '3 5' },
  restricted: { color: '#6d28d9', fill: '#8b5cf6', hatch: [45, -45], dash: '14 5 3 5' },
};

export const FALLBACK_LINE: LinePrint = { color: '#111827', width: 4, dash: null };
export const FALLBACK_AREA: AreaPrint = { color: '#111827', fill: '#6b7280', hatch: [90], dash: null };

/** A neighbour's features: grey and dashed, never our own look (as the map pane draws them). */
export const NEIGHBOUR = { color: '#374151', fill: '#9ca3af', dash: '4 4' } as const;
/** What is new since the previous report: an amber halo under it. */
export const NEW_HALO = '#f59e0b';
export const PLANNED_DASH = '4 6';

export const COLORS = {
  /** Outside every kommun: the sea, or the neighbouring countries. */
  outside: '#e3ecf2',
  neighbourFill: '#f4f4f2',
  neighbourLine: '#9aa1a9',
  neighbourLabel: '#6b7280',
  ownFill: '#ffffff',
  ownLine: '#111827',
  text: '#111827',
} as const;

export const FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
