import { ApiError } from '../../../../shared/api/errors.js';
import type { ImportProblem } from '../../../../shared/map/import.js';

/** Where in the file a problem is: the feature (0-based), the line (KML), the path inside the feature. */
export interface Where {
  feature_index?: number | null;
  line?: number | null;
  path?: string | null;
  /** The cap that was passed, for too_large (MiB) and too_many_features. */
  max?: number | null;
}

/** Refuses an import: nothing is written; the details say what is wrong and where. */
export function importError(problem: ImportProblem['problem'], detail: string, where: Where = {}): ApiError {
  const details: ImportProblem = {
    problem,
    feature_index: where.feature_index ?? null,
    line: where.line ?? null,
    path: where.path ?? null,
    max: where.max ?? null,
    detail,
  };
  const place = [
    details.feature_index === null ? null : `feature ${details.feature_index}`,
    details.line === null ? null : `line ${details.line}`,
    details.path === null ? null : details.path,
  ].filter((p) => p !== null);
  const reason = place.length > 0 ? `${place.join(', ')}: ${detail}` : detail;
  return new ApiError('import_invalid', `import refused: ${reason}`, { ...details, reason });
}
