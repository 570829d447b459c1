import type Database from 'better-sqlite3';
import { DEFAULT_WALL_CONFIG, WallConfig, type WallSettings } from '../../../shared/wall/config.js';
import { statement } from '../db/statements.js';

interface WallRow {
  panels: string;
  mode: string;
  per_view: number;
  rotate_seconds: number;
  palette: string;
  changed_by: string;
  changed_at: string;
}

/** The wall's configuration as last set, or the default when the lead has set none. */
export function readWallSettings(db: Database.Database): WallSettings {
  const row = statement<[], WallRow>(db, 'SELECT panels, mode, per_view, rotate_seconds, palette, changed_by, changed_at FROM wall_config WHERE id = 1').get();
  if (!row) return { config: DEFAULT_WALL_CONFIG, changed_by: null, changed_at: null };
  // The row was written from a checked payload; parsing again keeps a hand-edited file from
  // reaching the wall as something it cannot draw.
  const parsed = WallConfig.safeParse({ panels: JSON.parse(row.panels) as unknown, mode: row.mode, per_view: row.per_view, rotate_seconds: row.rotate_seconds, palette: row.palette });
  return { config: parsed.success ? parsed.data : DEFAULT_WALL_CONFIG, changed_by: row.changed_by, changed_at: row.changed_at };
}
