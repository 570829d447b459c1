import type Database from 'better-sqlite3';
import type { ReportBody, ReportDocument } from '../../../shared/reports/domain.js';
import type { WriteContext } from '../record/write.js';

type Actor = Omit<ReportBody['actors'][number], 'new'>;
type Feature = Omit<ReportBody['features'][number], 'new'> & { changed_at: string };

/**
 * What other capabilities contribute to a report, each read from its own tables: the actors'
 * status table, open assignments, and the map's features. A capability adds its reader here.
 */
export interface ReportSources {
  actors(db: Database.Database, now: Date): Actor[];
  openAssignments(db: Database.Database, now: Date): string[];
  features(db: Database.Database, now: Date): Feature[];
  /** What a received neighbour's report changes here (their status on their actor panel). */
  applyReceived(ctx: WriteContext, doc: ReportDocument): void;
}
