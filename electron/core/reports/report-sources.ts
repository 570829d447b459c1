import { actorsForReport, applyNeighbourStatus, openAssignmentsForReport } from '../actors/report-source.js';
import { featuresForReport } from '../map/report-source.js';
import type { ReportSources } from './sources.js';

/** The capabilities' contributions to a report: each reads its own tables (one line each). */
export const REPORT_SOURCES: ReportSources = {
  actors: actorsForReport,
  openAssignments: openAssignmentsForReport,
  features: featuresForReport,
  applyReceived: applyNeighbourStatus,
};
