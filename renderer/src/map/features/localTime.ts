import { stockholmDate, stockholmTime, stockholmToUtc } from '../../../../shared/time';

/** An instant as a datetime-local input shows it, in Stockholm time ("2026-11-24T14:05"); '' for none. */
export function toLocalInput(iso: string | null): string {
  return iso ? `${stockholmDate(iso)}T${stockholmTime(iso)}` : '';
}

/** A datetime-local value read as Stockholm time: the UTC instant, null for empty, 'bad' when it is not a time. */
export function fromLocalInput(value: string): string | null | 'bad' {
  if (value.trim() === '') return null;
  const [date, time] = value.split('T');
  if (!date || !time) return 'bad';
  return stockholmToUtc(date, time) ?? 'bad';
}
