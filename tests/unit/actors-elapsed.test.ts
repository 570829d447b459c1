import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { sinceSpan, spanOf, untilSpan } from '../../renderer/src/actors/elapsed';
import { spanText } from '../../renderer/src/actors/spanText';
import { NAMESPACES } from '../../shared/locales/namespaces';

// "för 12 min sedan" on the status panel and "om 42 min" in the conference countdown: one rounding,
// worded from the locale files in both languages.

const NOW = new Date('2026-11-23T13:00:00.000Z');
const minutesBefore = (m: number): string => new Date(NOW.getTime() - m * 60_000).toISOString();

function translator(lng: 'sv' | 'en') {
  const i18n = createInstance();
  void i18n.init({ lng, resources: { [lng]: { actors: NAMESPACES.actors[lng] } }, ns: ['actors'], defaultNS: 'actors', initAsync: false });
  return i18n.getFixedT(lng, 'actors');
}

describe('how long ago a report came', () => {
  it('rounds down to whole minutes, then hours and minutes, then days', () => {
    expect(sinceSpan(minutesBefore(0.5), NOW)).toEqual({ key: 'now' });
    expect(sinceSpan(minutesBefore(12.9), NOW)).toEqual({ key: 'minutes', minutes: 12 });
    expect(sinceSpan(minutesBefore(59), NOW)).toEqual({ key: 'minutes', minutes: 59 });
    expect(sinceSpan(minutesBefore(60), NOW)).toEqual({ key: 'hours', hours: 1 });
    expect(sinceSpan(minutesBefore(65), NOW)).toEqual({ key: 'hoursMinutes', hours: 1, minutes: 5 });
    expect(sinceSpan(minutesBefore(24 * 60 + 30), NOW)).toEqual({ key: 'days', days: 1 });
  });

  it('a report stamped ahead of this seat\u2019s clock is "just now", never negative', () => {
    expect(sinceSpan(minutesBefore(-3), NOW)).toEqual({ key: 'now' });
    expect(spanOf(-10)).toEqual({ key: 'now' });
  });

  it('is worded in Swedish and English', () => {
    const sv = translator('sv');
    const en = translator('en');
    expect(spanText(sv, 'ago', sinceSpan(minutesBefore(12), NOW))).toBe('för 12 min sedan');
    expect(spanText(en, 'ago', sinceSpan(minutesBefore(12), NOW))).toBe('12 min ago');
    expect(spanText(sv, 'ago', sinceSpan(minutesBefore(80), NOW))).toBe('för 1 h 20 min sedan');
    expect(spanText(en, 'ago', sinceSpan(minutesBefore(120), NOW))).toBe('2 h ago');
    expect(spanText(sv, 'ago', sinceSpan(minutesBefore(0), NOW))).toBe('nyss');
    expect(spanText(en, 'ago', sinceSpan(minutesBefore(3 * 24 * 60), NOW))).toBe('3 days ago');
    expect(spanText(en, 'ago', sinceSpan(minutesBefore(24 * 60), NOW))).toBe('1 day ago');
    expect(spanText(sv, 'duration', spanOf(80))).toBe('1 h 20 min');
  });
});

describe('how long until the next conference', () => {
  const inMinutes = (m: number): string => new Date(NOW.getTime() + m * 60_000).toISOString();

  it('rounds up, so it never says "now" before the time', () => {
    expect(untilSpan(inMinutes(0.5), NOW)).toEqual({ key: 'minutes', minutes: 1 });
    expect(untilSpan(inMinutes(42), NOW)).toEqual({ key: 'minutes', minutes: 42 });
    expect(untilSpan(inMinutes(90), NOW)).toEqual({ key: 'hoursMinutes', hours: 1, minutes: 30 });
  });

  it('is null once the time has come', () => {
    expect(untilSpan(inMinutes(0), NOW)).toBeNull();
    expect(untilSpan(inMinutes(-5), NOW)).toBeNull();
  });

  it('is worded in Swedish and English', () => {
    const span = untilSpan(inMinutes(42), NOW);
    expect(span).not.toBeNull();
    if (!span) return;
    expect(spanText(translator('sv'), 'until', span)).toBe('om 42 min');
    expect(spanText(translator('en'), 'until', span)).toBe('in 42 min');
  });
});
