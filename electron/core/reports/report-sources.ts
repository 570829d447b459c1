import { NO_SOURCES, type ReportSources } from './sources.js';

/**
 * The capabilities' contributions to a report. The actors and the map add their readers here
 * once they have landed; until then a report carries the journal and the joint messages only.
 */
export const REPORT_SOURCES: ReportSources = NO_SOURCES;
