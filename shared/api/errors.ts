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
  'host_only', // only the host machine may: the room, and which board is open (a paired seat may not)
  'liaison_scope', // a liaison seat writes only for its own actor (status, assignments) and new log entries
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
  'version_conflict', // a change (map feature, layer, joint message) made to a version that is no longer the latest
  'feature_ended', // a map feature ended (Avsluta) cannot be changed or ended again
  'import_invalid', // an imported map file is refused: details say what and where
  'layer_invalid', // a background layer cannot be used (an MBTiles file that is not readable raster tiles …)
  'message_published', // a published message is frozen: write an update instead
  'approvals_missing', // publishing waits for every required actor's approval of this version
  'not_required_actor', // that actor is not asked to approve this message
  'not_published', // only a published message is exported or replaced
  'bad_reference', // an update or cancellation must name a published message
  'not_cap', // the file is not a CAP 1.2 alert: nothing was imported
  'report_draft_open', // a report is still a draft: freeze it before starting the next
  'report_frozen', // a frozen report cannot change
  'report_not_frozen', // only a frozen report is exported or sent
  'bad_report', // the file is not a readable Samlad lägesrapport: nothing was imported
  'report_tampered', // the report does not match its hash or envelope digest: nothing was imported
  'own_report', // the file is this board's own report
  'report_older', // the sender's report is not newer than one already here
  'bad_folder', // an outbox folder must be an absolute path on the host
  'send_failed', // the report could not be written into the recipient's folder: nothing was recorded
  'not_available', // the room (sharing, pairing) is not served by this process: a one-off CLI call, or no seat server
  'rate_limited', // too many failed pairing attempts from one address: wait a minute
  'sharing_off', // a pairing code asked for while the room is not shared: switch sharing on first
  'share_failed', // the listener on the network could not open (the port is taken, or not allowed)
  'pdf_unavailable', // this process has no PDF printer (no Chromium for samlad serve)
  'pdf_failed', // the PDF printer failed on this page
  'archive_too_large', // the journal has more entries than a seat takes out at once: samlad journal export on the host
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
