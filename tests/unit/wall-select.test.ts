import { describe, expect, it } from 'vitest';
import type { Actor, Assignment } from '../../shared/domain/actor.js';
import type { JournalEntryView } from '../../shared/domain/journal.js';
import { type WallConfig } from '../../shared/wall/config.js';
import { rotationAt, wallViews } from '../../shared/wall/rotation.js';
import { latestDecisions, overdueActors, overdueAssignments } from '../../shared/wall/select.js';
import { actorBoard } from './actors-helpers.js';

const rotate = (panels: WallConfig['panels'], per_view: number, rotate_seconds = 30): WallConfig => ({ panels, mode: 'rotate', per_view, rotate_seconds, palette: 'day' });

describe('rotation order', () => {
  it('splits shows every panel at once; rotate cuts them into turns of one or two, in the chosen order', () => {
    expect(wallViews({ panels: ['map', 'actors', 'journal'], mode: 'split', per_view: 1 })).toEqual([['map', 'actors', 'journal']]);
    expect(wallViews(rotate(['overdue', 'map', 'decisions'], 1))).toEqual([['overdue'], ['map'], ['decisions']]);
    expect(wallViews(rotate(['map', 'actors', 'decisions', 'overdue', 'journal'], 2))).toEqual([['map', 'actors'], ['decisions', 'overdue'], ['journal']]);
  });

  it('goes round the views every rotate_seconds, says which is next and when, and wraps', () => {
    const config = rotate(['map', 'actors', 'decisions'], 1, 20);
    const at = (s: number) => rotationAt(config, s * 1000);
    expect(at(0)).toMatchObject({ index: 0, next: 1, msToNext: 20_000 });
    expect(at(19.5)).toMatchObject({ index: 0, next: 1, msToNext: 500 });
    expect(at(20)).toMatchObject({ index: 1, next: 2, msToNext: 20_000 });
    expect(at(45)).toMatchObject({ index: 2, next: 0, msToNext: 15_000 });
    expect(at(60)).toMatchObject({ index: 0, next: 1 });
    expect(at(60 * 20 * 1000 + 41)).toMatchObject({ index: 2 });
  });

  it('does not rotate one view (split, or a single panel)', () => {
    expect(rotationAt({ ...rotate(['map', 'actors'], 1), mode: 'split' }, 12_345)).toMatchObject({ index: 0, next: 0, msToNext: null });
    expect(rotationAt(rotate(['map', 'actors'], 2), 12_345)).toMatchObject({ index: 0, next: 0, msToNext: null });
  });
});

describe('overdue selection', () => {
  it('picks the actors the actors capability calls overdue, by the given clock, longest overdue first', async () => {
    const b = await actorBoard();
    const polis = await b.actor('Polisen');
    const rtj = await b.actor('Räddningstjänsten');
    const retired = await b.actor('SOS Alarm');
    await b.call('actors.update', { id: polis.id, report_interval_min: 30 });
    await b.call('actors.setStatus', { id: polis.id, level: 'heightened' });
    await b.call('actors.setStatus', { id: rtj.id, level: 'staff' });
    await b.call('actors.setStatus', { id: retired.id, level: 'normal' });
    await b.call('actors.retire', { id: retired.id, retired: true });
    const actors: Actor[] = (await b.call('actors.list', {})).actors;
    const t0 = Date.parse(b.clock.iso());
    const names = (now: number) => overdueActors(actors, new Date(now)).map((a) => a.name);
    expect(names(t0 + 30 * 60_000)).toEqual([]); // exactly at due: not yet late
    expect(names(t0 + 31 * 60_000)).toEqual(['Polisen']);
    expect(names(t0 + 61 * 60_000)).toEqual(['Polisen', 'Räddningstjänsten']);
    // Actors never heard from await their first report: not overdue.
    expect(names(t0 + 1000 * 60_000)).not.toContain('Polisen i Gävle');
    expect(names(t0 + 1000 * 60_000)).not.toContain('SOS Alarm');
    // The same judgement as the server's flag, read at the same moment.
    b.clock.advance(61);
    const server = (await b.call('actors.list', {})).actors.filter((a) => a.overdue).map((a) => a.name);
    expect(names(Date.parse(b.clock.iso()))).toEqual(expect.arrayContaining(server));
    expect(server).toHaveLength(names(Date.parse(b.clock.iso())).length);
  });

  it('picks open assignments past their time, longest overdue first; done, cancelled and undated ones never', async () => {
    const b = await actorBoard();
    const polis = await b.actor('Polisen');
    const t0 = Date.parse(b.clock.iso());
    const due = (min: number) => new Date(t0 + min * 60_000).toISOString();
    await b.call('actors.assign', { actor: polis.id, what: 'Spärra Storgatan', due_at: due(30) });
    await b.call('actors.assign', { actor: polis.id, what: 'Rapportera läget', due_at: due(10) });
    const done = await b.call('actors.assign', { actor: polis.id, what: 'Klart', due_at: due(5) });
    const cancelled = await b.call('actors.assign', { actor: polis.id, what: 'Inställt', due_at: due(5) });
    await b.call('actors.assign', { actor: polis.id, what: 'Utan tid' });
    const accepted = await b.call('actors.assign', { actor: polis.id, what: 'Accepterat', due_at: due(20) });
    await b.call('actors.setAssignmentStatus', { id: done.id, status: 'done' });
    await b.call('actors.setAssignmentStatus', { id: cancelled.id, status: 'cancelled' });
    await b.call('actors.setAssignmentStatus', { id: accepted.id, status: 'accepted' });
    const all: Assignment[] = (await b.call('actors.assignments', {})).assignments;
    const what = (min: number) => overdueAssignments(all, new Date(t0 + min * 60_000)).map((a) => a.what);
    expect(what(9)).toEqual([]);
    expect(what(11)).toEqual(['Rapportera läget']);
    expect(what(31)).toEqual(['Rapportera läget', 'Accepterat', 'Spärra Storgatan']);
  });
});

describe('latest decisions', () => {
  const entry = (seq: number, kind: JournalEntryView['kind'], occurred: string, extra: Partial<JournalEntryView> = {}): JournalEntryView => ({
    seq,
    kind,
    text: `#${seq}`,
    actor: null,
    occurred_at: occurred,
    recorded_at: occurred,
    significant: false,
    corrects: null,
    correction_reason: null,
    by: 'x',
    record_seq: seq,
    source: null,
    place: null,
    corrected_by: null,
    highlights: [],
    actor_highlights: [],
    ...extra,
  });

  it('merges decisions and significant entries once each, newest first, a corrected one replaced by its correction', () => {
    const decisions = [entry(5, 'decision', '2026-11-24T10:00:00.000Z'), entry(2, 'decision', '2026-11-24T08:00:00.000Z', { corrected_by: 6 }), entry(6, 'decision', '2026-11-24T08:00:00.000Z', { corrects: 2 })];
    const significant = [entry(5, 'decision', '2026-11-24T10:00:00.000Z', { significant: true }), entry(4, 'information', '2026-11-24T11:00:00.000Z', { significant: true }), entry(3, 'call', '2026-11-24T07:00:00.000Z', { significant: true })];
    expect(latestDecisions([decisions, significant], 10).map((e) => e.seq)).toEqual([4, 5, 6, 3]);
    expect(latestDecisions([decisions, significant], 2).map((e) => e.seq)).toEqual([4, 5]);
  });
});
