import { z } from 'zod';

/**
 * The wall display's configuration (väggskärmen), set by the crisis lead from a staff seat: which
 * panels it shows, all at once or in turn, and its palette. One per board, in the record.
 */

/** The wall's panels, in the order the lead would usually want them. */
export const WALL_PANELS = ['map', 'actors', 'decisions', 'overdue', 'journal'] as const;
export const WallPanel = z.enum(WALL_PANELS);
export type WallPanel = z.infer<typeof WallPanel>;

/** split: every chosen panel at once; rotate: one or two at a time, in turn. */
export const WALL_MODES = ['split', 'rotate'] as const;
export const WallMode = z.enum(WALL_MODES);
export type WallMode = z.infer<typeof WallMode>;

/** day; night (dark, low glare); auto: night from 20 to 06 Stockholm time. */
export const WALL_PALETTES = ['day', 'night', 'auto'] as const;
export const WallPalette = z.enum(WALL_PALETTES);
export type WallPalette = z.infer<typeof WallPalette>;

export const ROTATE_SECONDS_MIN = 10;
export const ROTATE_SECONDS_MAX = 300;
/** Panels side by side while rotating: one or two (more would be split). */
export const PER_VIEW_MAX = 2;

/** What the lead sets; also the record's payload (`wall.configured`). */
export const WallConfig = z.strictObject({
  /** The panels shown, in order; each once. */
  panels: z
    .array(WallPanel)
    .min(1)
    .max(WALL_PANELS.length)
    .refine((p) => new Set(p).size === p.length, { message: 'duplicate_panel' }),
  mode: WallMode,
  /** While rotating: how many panels at a time. */
  per_view: z.number().int().min(1).max(PER_VIEW_MAX),
  /** While rotating: seconds each view stays. */
  rotate_seconds: z.number().int().min(ROTATE_SECONDS_MIN).max(ROTATE_SECONDS_MAX),
  palette: WallPalette,
});
export type WallConfig = z.output<typeof WallConfig>;

/** A board whose lead has set nothing: the map, the actors and the journal at once, by day. */
export const DEFAULT_WALL_CONFIG: WallConfig = {
  panels: ['map', 'actors', 'journal'],
  mode: 'split',
  per_view: 1,
  rotate_seconds: 30,
  palette: 'day',
};

/** The configuration as the wall reads it: who set it and when (null: never set, the default). */
export const WallSettings = z.object({
  config: WallConfig,
  changed_by: z.string().nullable(),
  changed_at: z.string().nullable(),
});
export type WallSettings = z.output<typeof WallSettings>;
