import type Database from 'better-sqlite3';
import type { ReportBody } from '../../../shared/reports/domain.js';

type Actor = Omit<ReportBody['actors'][number], 'new'>;
type Feature = Omit<ReportBody['features'][number], 'new'> & { changed_at: string };

/**
 * What other capabilities contribute to a report, each read from its own tables: the actors'
 * status table, open assignments, and the map's features. A capability adds its reader here.
 */
export interface ReportSources {
  actors(db: Database.Database): Actor[];
  openAssignments(db: Database.Database): string[];
  features(db: Database.Database): Feature[];
}

export const NO_SOURCES: ReportSources = {
  actors: () => [],
  openAssignments: () => [],
  features: () => [],
};
