import { z } from 'zod';

/**
 * Every failure crosses a transport as one of these codes. The message is English for logs and
 * developers; the UI translates the code (locale key `errors.<code>`), using `details` as values.
 */
export const ERROR_CODES = [
  'bad_request', // the frame was not a JSON request of the documented shape
  'unknown_method',
  'unauthorized', // no or wrong token
  'forbidden', // the seat's role may not call this method (wall = read only)
  'validation', // params did not match the method's input schema
  'no_board', // the method needs an open board and none is open
  'not_found',
  'already_corrected', // an entry is corrected once; correct the correction instead
  'read_only', // the open board is read-only (damaged file, or its chain does not verify)
  'name_required', // a write from a seat or window that has not said who is at it (session.identify)
  'op_conflict', // an op_id already used for another method
  'board_too_new', // the file was written by a newer Samlad
  'board_unreadable', // not a Samlad board, or too damaged to open at all
  'board_exists',
  'busy', // the file stayed locked by another writer past the timeout
  'version_conflict', // a change to a map feature or layer made to a version that is no longer the latest
  'feature_ended', // a map feature ended (Avsluta) cannot be changed or ended again
  'import_invalid', // an imported map file is refused: details say what and where
  'layer_invalid', // a background layer cannot be used (an MBTiles file that is not readable raster tiles …)
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ValidationIssue = z.object({ path: z.string(), message: z.string() });
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  issues: z.array(ValidationIssue).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** The one failure type core throws; transports turn it into a reply, never a stack trace. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorShape['details'];
  readonly issues: ValidationIssue[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details?: ApiErrorShape['details'],
    issues?: ValidationIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
    this.issues = issues;
  }

  toShape(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

/** What every call answers, over IPC and WebSocket alike. */
export type Reply<T> = { ok: true; result: T } | { ok: false; error: ApiErrorShape };
