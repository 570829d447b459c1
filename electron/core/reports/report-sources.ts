import { featuresForReport } from '../map/report-source.js';
import { NO_SOURCES, type ReportSources } from './sources.js';

/**
 * The capabilities' contributions to a report: each reads its own tables. The actors add theirs
 * here once they have landed; until then the actors' table and open assignments stay empty.
 */
export const REPORT_SOURCES: ReportSources = { ...NO_SOURCES, features: featuresForReport };
