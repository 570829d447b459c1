import { describe, expect, it } from 'vitest';
import { stockholmDate, stockholmDateTime, stockholmTime, stockholmToUtc } from '../../shared/time.js';

describe('Europe/Stockholm time', () => {
  it('shows winter and summer instants at the right wall-clock hour, 24-hour', () => {
    expect(stockholmDateTime('2026-01-15T13:05:00.000Z')).toBe('2026-01-15 14:05');
    expect(stockholmDateTime('2026-07-15T13:05:00.000Z')).toBe('2026-07-15 15:05');
    expect(stockholmTime('2026-07-15T21:30:09.000Z', true)).toBe('23:30:09');
    expect(stockholmDate('2026-12-31T23:30:00.000Z')).toBe('2027-01-01');
  });

  it('converts wall-clock input to UTC across both DST changes', () => {
    expect(stockholmToUtc('2026-03-29', '01:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(stockholmToUtc('2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 does not exist on the night summer time starts.
    expect(stockholmToUtc('2026-03-29', '02:30')).toBeNull();
    // 02:30 happens twice when it ends: the first (summer time) is taken.
    expect(stockholmToUtc('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(stockholmToUtc('2026-10-25', '03:30')).toBe('2026-10-25T02:30:00.000Z');
    expect(stockholmToUtc('2026-11-23', '9.05')).toBe('2026-11-23T08:05:00.000Z');
  });

  it('refuses malformed or impossible times', () => {
    for (const [d, t] of [['2026-11-23', '24:00'], ['2026-11-23', '12:60'], ['2026-02-30', '10:00'], ['23/11/2026', '10:00'], ['2026-11-23', 'kl 10']]) {
      expect(stockholmToUtc(d as string, t as string), `${d} ${t}`).toBeNull();
    }
  });
});
