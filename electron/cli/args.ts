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
export type FlagValues = Record<string, string | boolean | undefined>;

/** True when the user asked for a command's usage (`--help` or `-h` before any `--`). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * Strict parsing: an unknown flag, a missing value, a flag given twice or a stray argument is an
 * error, never ignored. Node's own strict mode would report these in English; the tokens let us
 * say them in the user's language.
 */
export function parseFlags(args: string[], options: Options): FlagValues {
  const { values, tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') throw new CliError('unexpected_arg', { value: token.value });
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (spec === undefined) throw new CliError('unknown_option', { option: token.rawName });
    if (seen.has(token.name)) throw new CliError('repeated_option', { option: token.rawName });
    seen.add(token.name);
    if (spec.type === 'boolean' && token.value !== undefined) throw new CliError('option_takes_no_value', { option: token.rawName });
    // `--text --actor X` would otherwise store "--actor" as the text.
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw new CliError('option_needs_value', { option: token.rawName });
    }
  }
  return values;
}

export function required(values: FlagValues, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.length === 0) throw new CliError('missing_flag', { flag });
  return value;
}

export function optional(values: FlagValues, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}

/** A whole number flag between min and max (digits only); `fallback` when left out; else CliError `error`. */
export function wholeNumber(value: string | undefined, min: number, max: number, error: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new CliError(error, { value });
  return n;
}
