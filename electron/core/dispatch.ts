import type { z } from 'zod';
import { METHODS, isMethodName } from '../../shared/api/contract.js';
import { ApiError, type ApiErrorShape, type Reply, type ValidationIssue } from '../../shared/api/errors.js';
import type { SeatRole } from '../../shared/api/protocol.js';
import type { Handlers } from './handler-types.js';

const SHOWN_NAME_MAX = 100;

export function validationError(issues: z.core.$ZodIssue[]): ApiError {
  const list: ValidationIssue[] = issues.slice(0, 20).map((i) => ({
    path: i.path.map(String).join('.') || '(input)',
    message: i.message,
  }));
  const fields = [...new Set(list.map((i) => i.path))].join(', ');
  return new ApiError('validation', `invalid input: ${fields}`, { fields }, list);
}

/** SQLite's own failures that a user can act on get their own codes; the rest are internal. */
function errorShape(err: unknown, log: (message: string) => void): ApiErrorShape {
  if (err instanceof ApiError) return err.toShape();
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'busy', message: 'the board file stayed locked by another writer' };
  }
  if (code === 'SQLITE_READONLY') {
    return { code: 'read_only', message: 'the board file cannot be written' };
  }
  log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { code: 'internal', message: 'internal error; nothing was saved' };
}

export type Dispatch = (method: string, params: unknown, caller: { role: SeatRole }) => Promise<Reply<unknown>>;

/**
 * The one entrance for every call, whatever the transport: known method, the caller's role may
 * call it, input parsed with the method's zod schema, then the handler. Never throws.
 */
export function createDispatcher(handlers: Handlers, log: (message: string) => void): Dispatch {
  return async (method, params, caller) => {
    try {
      if (typeof method !== 'string' || !isMethodName(method)) {
        const shown = String(method).slice(0, SHOWN_NAME_MAX);
        throw new ApiError('unknown_method', `unknown method ${shown}`, { method: shown });
      }
      const spec = METHODS[method];
      if (spec.access !== 'read' && caller.role !== 'staff') {
        throw new ApiError('forbidden', `${method} needs a staff seat; this seat is ${caller.role}`, { method });
      }
      // A missing params means "no arguments"; anything else sent (null included) must fit the schema.
      const parsed = spec.input.safeParse(params === undefined ? {} : params);
      if (!parsed.success) throw validationError(parsed.error.issues);
      // The table is keyed by the same names as METHODS, so this handler takes this parsed input.
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, result: await handler(parsed.data) };
    } catch (err) {
      return { ok: false, error: errorShape(err, log) };
    }
  };
}
