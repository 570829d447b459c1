/**
 * The board shows every time in Europe/Stockholm, 24-hour, whatever the machine's own zone is;
 * it stores UTC ISO 8601 with milliseconds. These helpers are the only place that converts.
 */
export const BOARD_TIME_ZONE = 'Europe/Stockholm';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: BOARD_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Formatting is the costly part (the journal list shows hundreds of times): format once, pick six.
function wallTimeOf(date: Date): WallTime {
  const parts = partsFormatter.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2026-03-29" in Stockholm for an instant. */
export function stockholmDate(iso: string | Date): string {
  const w = wallTimeOf(new Date(iso));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** "14:05" (or "14:05:09" with seconds) in Stockholm for an instant. */
export function stockholmTime(iso: string | Date, withSeconds = false): string {
  const w = wallTimeOf(new Date(iso));
  return withSeconds ? `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` : `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "2026-03-29 14:05" in Stockholm: the sv-SE way the board writes a moment. */
export function stockholmDateTime(iso: string | Date): string {
  return `${stockholmDate(iso)} ${stockholmTime(iso)}`;
}

/**
 * The UTC instant of a Stockholm wall-clock time ("2026-10-25", "02:30"). Returns null for a
 * malformed value or a time that does not exist (the hour skipped when summer time starts).
 * A time that occurs twice (when summer time ends) resolves to its first, summer-time, occurrence.
 */
export function stockholmToUtc(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(time.trim());
  if (!d || !t) return null;
  const want: WallTime = {
    year: Number(d[1]),
    month: Number(d[2]),
    day: Number(d[3]),
    hour: Number(t[1]),
    minute: Number(t[2]),
    second: Number(t[3] ?? 0),
  };
  if (want.month < 1 || want.month > 12 || want.day < 1 || want.day > 31) return null;
  if (want.hour > 23 || want.minute > 59 || want.second > 59) return null;
  const asUtc = Date.UTC(want.year, want.month - 1, want.day, want.hour, want.minute, want.second);
  // Stockholm is UTC+1 or UTC+2: try summer time first so an ambiguous hour resolves to it.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    const w = wallTimeOf(candidate);
    if (
      w.year === want.year && w.month === want.month && w.day === want.day &&
      w.hour === want.hour && w.minute === want.minute && w.second === want.second
    ) {
      return candidate.toISOString();
    }
  }
  return null;
}
