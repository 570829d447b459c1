import type { CsvLineError } from '../../../shared/actors/csv.js';
import { ApiError } from '../../../shared/api/errors.js';
import enActors from '../../../shared/locales/en/actors.json';
import { fillTemplate } from '../../../shared/locales/fill.js';

/** Keys of actors:error.* in the locale files: the UI and CLI word the refusal from `reason`. */
export type ActorRefusal =
  | 'retired'
  | 'duplicate_name'
  | 'not_attending'
  | 'conference_ended'
  | 'conference_running'
  | 'no_next_turn'
  | 'not_decision'
  | 'assignment_closed'
  | 'already_seeded'
  | 'bis_needs_directing'
  | 'csv';

/**
 * A request that is well-formed but does not fit the board's state (a retired actor, a
 * conference that has ended …): a validation error naming the field, with `reason` for the UI.
 */
export function refused(field: string, reason: ActorRefusal, message: string, values: Record<string, string | number> = {}): ApiError {
  return new ApiError('validation', message, { fields: field, reason, ...values }, [{ path: field, message }]);
}

export function notFound(what: 'actor' | 'assignment' | 'conference' | 'entry', id: number): ApiError {
  return new ApiError('not_found', `no ${what} ${id}`, { [what]: id });
}

/** "Line 3: wrong number of fields (4, should be 5)" in English for logs, from the locale's words. */
export function csvLineMessage(e: CsvLineError): string {
  const words = enActors.error.csv;
  return fillTemplate(words.line, { line: e.line, reason: fillTemplate(words[e.reason], e.values) });
}

/**
 * A CSV import that failed: every bad line as an issue (`path` "line 3"), the first line and
 * reason in details. Shared parseActorCsv gives the same lines to a UI that checks a file first.
 */
export function csvRefused(errors: readonly CsvLineError[]): ApiError {
  const first = errors[0];
  const issues = errors.slice(0, 100).map((e) => ({ path: `line ${e.line}`, message: csvLineMessage(e) }));
  const lines = [...new Set(errors.map((e) => e.line))];
  return new ApiError(
    'validation',
    `bad CSV: ${issues.map((i) => i.message).slice(0, 5).join('; ')}`,
    { fields: 'csv', reason: 'csv', lines: lines.join(', '), first_line: first?.line ?? 1, first_reason: first?.reason ?? 'empty' },
    issues,
  );
}
