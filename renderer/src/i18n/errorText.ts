import i18next from 'i18next';
import { ERROR_CODES, type ErrorCode } from '../../../shared/api/errors';
import { refusalKey } from '../../../shared/domain/text';
import { ClientError, isClientOnlyCode } from '../api/ClientError';

function isServerCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The localized message for any failure in the current language: server codes from the 'errors'
 * namespace (owned with the API), the client's own codes (connection lost …) from 'board'.
 */
export function errorText(error: unknown): string {
  const tErrors = i18next.getFixedT(null, 'errors');
  if (!(error instanceof ClientError)) return tErrors('internal');
  if (isClientOnlyCode(error.code)) return i18next.getFixedT(null, 'board')(`clientErrors.${error.code}`);
  if (!isServerCode(error.code)) return tErrors('internal');
  const values: Record<string, string | number | boolean | null> = { ...error.details };
  // The validation message names the fields; fall back to the issues' paths if details lack them.
  if (error.code === 'validation' && values.fields === undefined) {
    values.fields = error.issues.map((i) => i.path).join(', ') || '–';
  }
  const message = tErrors(error.code, values);
  // A refusal the user can act on (a broken character, a time out of range) is said in words too.
  const refusal = error.code === 'validation' ? error.issues.map((i) => refusalKey(i.message)).find((k) => k !== undefined) : undefined;
  return refusal === undefined ? message : `${message} ${tErrors(`refused.${refusal}`)}`;
}
