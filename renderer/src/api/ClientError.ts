import type { ErrorCode, ValidationIssue } from '../../../shared/api/errors';

/** Failures the client itself detects; they never come from the server. */
export const CLIENT_ERROR_CODES = ['connection_lost', 'no_token', 'bad_reply'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export type ErrorDetails = Record<string, string | number | boolean | null>;

/** What every failed call throws: the server's error code (or a client one) plus its values. */
export class ClientError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: ErrorDetails;
  readonly issues: ValidationIssue[];

  constructor(code: ErrorCode | ClientErrorCode, message: string, details?: ErrorDetails, issues?: ValidationIssue[]) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.details = details ?? {};
    this.issues = issues ?? [];
  }
}

export function isClientOnlyCode(code: string): code is ClientErrorCode {
  return (CLIENT_ERROR_CODES as readonly string[]).includes(code);
}
