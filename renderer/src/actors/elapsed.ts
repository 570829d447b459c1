/**
 * How long ago (or how long until) a moment is, in the words a staff room uses: "för 12 min
 * sedan", "om 1 h 5 min". Pure, so the status panel, the history and the conference countdown
 * share one rounding and tests can give the clock. The words are in shared/locales/…/actors.json
 * under ui.ago and ui.until; the key and its values are chosen here.
 */

const MINUTE_MS = 60_000;
const HOUR_MIN = 60;
const DAY_MIN = 24 * HOUR_MIN;

export type Span =
  | { key: 'now' }
  | { key: 'minutes'; minutes: number }
  | { key: 'hours'; hours: number }
  | { key: 'hoursMinutes'; hours: number; minutes: number }
  | { key: 'days'; days: number };

/** Whole minutes from one instant to another (rounded down: "12 min" until the 13th has passed). */
export function minutesBetween(from: string | Date, to: string | Date): number {
  return Math.floor((new Date(to).getTime() - new Date(from).getTime()) / MINUTE_MS);
}

/** A number of minutes (0 or more) in the largest sensible unit; under a minute is "now". */
export function spanOf(minutes: number): Span {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 1) return { key: 'now' };
  if (m < HOUR_MIN) return { key: 'minutes', minutes: m };
  if (m < DAY_MIN) {
    const hours = Math.floor(m / HOUR_MIN);
    const rest = m % HOUR_MIN;
    return rest === 0 ? { key: 'hours', hours } : { key: 'hoursMinutes', hours, minutes: rest };
  }
  return { key: 'days', days: Math.floor(m / DAY_MIN) };
}

/** How long ago `iso` was at `now`; a moment in the future (another seat's clock ahead) is "now". */
export function sinceSpan(iso: string, now: Date): Span {
  return spanOf(minutesBetween(iso, now));
}

/** How long from `now` until `iso`; null when it has passed (the caller says "passed"). */
export function untilSpan(iso: string, now: Date): Span | null {
  const ms = new Date(iso).getTime() - now.getTime();
  if (ms <= 0) return null;
  // Rounded up: a conference 30 s away is "om 1 min", never "nu" before it starts.
  return spanOf(Math.ceil(ms / MINUTE_MS));
}
