import { actorOverdue, assignmentOverdue } from '../../shared/actors/overdue.js';
import { describe, expect, it } from 'vitest';
import { parseNextMoment } from '../../renderer/src/actors/nextMoment';
import { panelOrder } from '../../renderer/src/actors/panelOrder';
import { stopwatch } from '../../renderer/src/actors/clockFormat';

// The status panel's order and flags, and the times typed into the conference forms.

describe('the status panel order', () => {
  const a = (name: string, level: 'normal' | 'heightened' | 'staff' | 'activated', reported_at: string | null) => ({ name, level, reported_at });

  it('puts the highest level first, then the actor silent longest (never heard from first), then by name', () => {
    const actors = [
      a('Polisen', 'normal', '2026-11-23T12:50:00.000Z'),
      a('Regionen', 'staff', '2026-11-23T12:00:00.000Z'),
      a('Räddningstjänsten', 'activated', '2026-11-23T12:55:00.000Z'),
      a('FRG', 'normal', null),
      a('Länsstyrelsen', 'staff', '2026-11-23T11:00:00.000Z'),
      a('Trafikverket', 'normal', '2026-11-23T10:00:00.000Z'),
      a('Bostäder', 'normal', null),
      a('POSOM', 'heightened', '2026-11-23T12:00:00.000Z'),
    ];
    expect(panelOrder(actors).map((x) => x.name)).toEqual([
      'Räddningstjänsten',
      'Länsstyrelsen',
      'Regionen',
      'POSOM',
      'Bostäder',
      'FRG',
      'Trafikverket',
      'Polisen',
    ]);
  });
});

describe('overdue, by this seat\u2019s clock', () => {
  const now = new Date('2026-11-23T13:00:00.000Z');

  it('an actor is overdue once its next report is due and not before; never when retired or never due', () => {
    expect(actorOverdue({ due_at: '2026-11-23T12:59:00.000Z', retired: false }, now)).toBe(true);
    expect(actorOverdue({ due_at: '2026-11-23T13:01:00.000Z', retired: false }, now)).toBe(false);
    expect(actorOverdue({ due_at: '2026-11-23T12:00:00.000Z', retired: true }, now)).toBe(false);
    expect(actorOverdue({ due_at: null, retired: false }, now)).toBe(false);
  });

  it('an assignment is overdue past its time while given or accepted, never once done or cancelled', () => {
    const due = '2026-11-23T12:30:00.000Z';
    expect(assignmentOverdue({ due_at: due, status: 'given' }, now)).toBe(true);
    expect(assignmentOverdue({ due_at: due, status: 'accepted' }, now)).toBe(true);
    expect(assignmentOverdue({ due_at: due, status: 'done' }, now)).toBe(false);
    expect(assignmentOverdue({ due_at: due, status: 'cancelled' }, now)).toBe(false);
    expect(assignmentOverdue({ due_at: null, status: 'given' }, now)).toBe(false);
  });
});

describe('a time ahead, typed in Stockholm time', () => {
  // 2026-11-23 20:00 in Stockholm (UTC+1).
  const evening = new Date('2026-11-23T19:00:00.000Z');

  it('a time alone is its next occurrence: later today, or tomorrow when it has passed', () => {
    expect(parseNextMoment('', '21:30', evening)).toEqual({ ok: true, iso: '2026-11-23T20:30:00.000Z' });
    expect(parseNextMoment('', '08:00', evening)).toEqual({ ok: true, iso: '2026-11-24T07:00:00.000Z' });
  });

  it('a date and time is taken as written; nothing is none; a date alone or a bad time is an error', () => {
    expect(parseNextMoment('2026-11-25', '13:00', evening)).toEqual({ ok: true, iso: '2026-11-25T12:00:00.000Z' });
    expect(parseNextMoment(' ', '', evening)).toEqual({ ok: true, iso: null });
    expect(parseNextMoment('2026-11-25', '', evening)).toEqual({ ok: false });
    expect(parseNextMoment('', '25:00', evening)).toEqual({ ok: false });
    expect(parseNextMoment('', 'kl tre', evening)).toEqual({ ok: false });
  });
});

describe('the per-actor timer', () => {
  it('counts minutes and seconds, then hours', () => {
    const start = '2026-11-23T13:00:00.000Z';
    expect(stopwatch(start, new Date('2026-11-23T13:04:05.900Z'))).toBe('4:05');
    expect(stopwatch(start, new Date('2026-11-23T14:02:03.000Z'))).toBe('1:02:03');
    expect(stopwatch(start, new Date('2026-11-23T12:59:00.000Z'))).toBe('0:00');
  });
});
