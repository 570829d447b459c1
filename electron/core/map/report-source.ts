import type Database from 'better-sqlite3';
import { statement } from '../db/statements.js';

export interface ReportedFeature {
  id: number;
  title: string;
  category: string;
  status: string;
  geometry: unknown;
  changed_at: string;
}

/** The map's part of a lägesrapport: every feature in force (planned or active), as it stands. */
export function featuresForReport(db: Database.Database): ReportedFeature[] {
  return statement<[], Omit<ReportedFeature, 'geometry'> & { geometry: string }>(
    db,
    "SELECT id, title, category, status, geometry, changed_at FROM map_feature WHERE status <> 'ended' ORDER BY id",
  )
    .all()
    // Written by the map projection from a checked payload.
    .map((f) => ({ ...f, geometry: JSON.parse(f.geometry) as unknown }));
}
