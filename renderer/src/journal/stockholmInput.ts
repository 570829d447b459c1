import { stockholmDate, stockholmToUtc } from '../../../shared/time';

export type ParsedInstant = { ok: true; iso: string | null } | { ok: false };

/**
 * The "occurred at" fields: both empty = now (null); only a time = today in Stockholm;
 * a date without a time, or a time that does not exist in Stockholm, is an error.
 */
export function parseOccurredAt(date: string, time: string): ParsedInstant {
  const d = date.trim();
  const tm = time.trim();
  if (!d && !tm) return { ok: true, iso: null };
  if (!tm) return { ok: false };
  const iso = stockholmToUtc(d || stockholmDate(new Date()), tm);
  return iso ? { ok: true, iso } : { ok: false };
}

const TIME_ALONE = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/;

/**
 * A filter bound typed as "2026-03-29", "2026-03-29 14:05" or, as in the entry form, "14:05"
 * alone (today in Stockholm). A bare date means the start of that day for "from" and its last
 * second for "to", so a single day can be picked with the same date.
 */
export function parseRangeBound(value: string, end: boolean, now: Date = new Date()): ParsedInstant {
  const v = value.trim();
  if (!v) return { ok: true, iso: null };
  if (TIME_ALONE.test(v)) {
    const iso = stockholmToUtc(stockholmDate(now), v);
    return iso ? { ok: true, iso } : { ok: false };
  }
  const [date = '', time] = v.split(/\s+|T/);
  const iso = stockholmToUtc(date, time ?? (end ? '23:59:59' : '00:00'));
  return iso ? { ok: true, iso } : { ok: false };
}
