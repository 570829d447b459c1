import { stockholmDate, stockholmToUtc } from '../../../shared/time';

const DAY_MS = 24 * 3_600_000;

export type NextMoment = { ok: true; iso: string | null } | { ok: false };

/**
 * A time ahead, typed as a Stockholm date and time: the next conference, an assignment's
 * deadline. Both empty: none (null). A time alone is its next occurrence: "08:00" typed in the
 * evening is tomorrow morning, not a moment already passed. A date without a time, or a time that
 * does not exist in Stockholm, is an error.
 */
export function parseNextMoment(date: string, time: string, now: Date = new Date()): NextMoment {
  const d = date.trim();
  const tm = time.trim();
  if (!d && !tm) return { ok: true, iso: null };
  if (!tm) return { ok: false };
  if (d) {
    const iso = stockholmToUtc(d, tm);
    return iso ? { ok: true, iso } : { ok: false };
  }
  const today = stockholmToUtc(stockholmDate(now), tm);
  if (!today) return { ok: false };
  if (Date.parse(today) > now.getTime()) return { ok: true, iso: today };
  const tomorrow = stockholmToUtc(stockholmDate(new Date(now.getTime() + DAY_MS)), tm);
  return tomorrow ? { ok: true, iso: tomorrow } : { ok: false };
}
