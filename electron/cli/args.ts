import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ApiErrorShape } from '../../shared/api/errors.js';

/** A failure the CLI reports in one line; `usage` failures exit 2, the rest 1. */
export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Record<string, string | number> = {},
    readonly exitCode = 2,
  ) {
    super(key);
  }
}

/** A failure answered by core: printed with the errors locale. */
export class CliApiError extends Error {
  constructor(readonly error: ApiErrorShape) {
    super(error.message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict parsing: an unknown flag, a missing value or a stray argument is an error, never ignored. */
export function parseFlags<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
    throw new CliError('bad_args', { reason });
  }
}

export function required(values: Record<string, unknown>, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.length === 0) throw new CliError('missing_flag', { flag });
  return value;
}

export function optional(values: Record<string, unknown>, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}
