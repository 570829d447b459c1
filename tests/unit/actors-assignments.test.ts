import { describe, expect, it } from 'vitest';
import { verifyBoardFile } from '../../electron/core/index.js';
import { actorBoard } from './actors-helpers.js';

describe('assignments (uppdrag)', () => {
  it('are given from a decision or on their own, change status with a journal entry each, and list by actor and status', async () => {
    const b = await actorBoard();
    const rtj = await b.actor('Räddningstjänsten');
    const frg = await b.actor('FRG (Frivilliga resursgruppen)');
    const decision = await b.call('journal.append', { kind: 'decision', text: 'Trygghetspunkt öppnas i Sätra', significant: true });
    const info = await b.call('journal.append', { kind: 'information', text: 'Strömavbrott' });

    const a = await b.call('actors.assign', { actor: frg.id, what: 'Bemanna trygghetspunkten', due_at: '2026-11-24T11:00:00+01:00', decision: decision.seq });
    expect(a).toMatchObject({ actor: frg.id, actor_name: frg.name, decision: decision.seq, status: 'given', due_at: '2026-11-24T10:00:00.000Z', overdue: false, given_by: 'Test Testsson' });
    const own = await b.call('actors.assign', { actor: rtj.id, what: 'Kontrollera reservkraft' });
    expect(own).toMatchObject({ decision: null, due_at: null });
    await expect(b.call('actors.assign', { actor: rtj.id, what: 'X', decision: info.seq })).rejects.toMatchObject({ reply: { details: { reason: 'not_decision' } } });
    await expect(b.call('actors.assign', { actor: rtj.id, what: 'X', decision: 999 })).rejects.toMatchObject({ reply: { code: 'not_found' } });

    expect((await b.call('actors.setAssignmentStatus', { id: a.id, status: 'accepted' })).status).toBe('accepted');
    expect((await b.call('actors.setAssignmentStatus', { id: a.id, status: 'done', note: 'Öppen 10:40' })).status).toBe('done');
    // Closed: done and cancelled are final.
    await expect(b.call('actors.setAssignmentStatus', { id: a.id, status: 'given' })).rejects.toMatchObject({ reply: { details: { reason: 'assignment_closed', status: 'done' } } });

    const entries = (await b.call('journal.list', { query: { origin: 'automatic' } })).entries.map((e) => e.text).reverse();
    expect(entries).toEqual([
      'Uppdrag till FRG (Frivilliga resursgruppen): Bemanna trygghetspunkten (klart senast 2026-11-24 11:00)',
      'Uppdrag till Räddningstjänsten: Kontrollera reservkraft',
      'Uppdrag #1 till FRG (Frivilliga resursgruppen) mottaget: Bemanna trygghetspunkten',
      'Uppdrag #1 till FRG (Frivilliga resursgruppen) utfört: Bemanna trygghetspunkten\nÖppen 10:40',
    ]);

    expect((await b.call('actors.assignments', { actor: rtj.id })).assignments.map((x) => x.id)).toEqual([own.id]);
    expect((await b.call('actors.assignments', { statuses: ['done'] })).assignments.map((x) => x.id)).toEqual([a.id]);
    expect((await b.call('actors.assignments', { statuses: ['given', 'accepted'] })).assignments.map((x) => x.id)).toEqual([own.id]);
    expect((await b.call('actors.get', { id: frg.id })).assignments.map((x) => x.status)).toEqual(['done']);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('are flagged overdue past their time while open, by the board clock', async () => {
    const b = await actorBoard();
    const posom = await b.actor('POSOM');
    const due = new Date(b.clock.now().getTime() + 60 * 60_000).toISOString();
    const a = await b.call('actors.assign', { actor: posom.id, what: 'Stödsamtal på skolan', due_at: due });
    const b2 = await b.call('actors.assign', { actor: posom.id, what: 'Rapport till stab', due_at: due });
    b.clock.advance(60);
    expect((await b.call('actors.assignments', { overdue: true })).assignments).toEqual([]);
    b.clock.advance(1);
    expect((await b.call('actors.assignments', { overdue: true })).assignments.map((x) => x.id)).toEqual([a.id, b2.id]);
    await b.call('actors.setAssignmentStatus', { id: a.id, status: 'done' });
    await b.call('actors.setAssignmentStatus', { id: b2.id, status: 'cancelled', note: 'Behövs inte' });
    expect((await b.call('actors.assignments', { overdue: true })).assignments).toEqual([]);
    expect((await b.call('actors.assignments', {})).assignments.map((x) => [x.status, x.overdue])).toEqual([
      ['done', false],
      ['cancelled', false],
    ]);
  });
});
