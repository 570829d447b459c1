import { describe, expect, it } from 'vitest';
import { verifyBoardFile } from '../../electron/core/index.js';
import { actorBoard } from './actors-helpers.js';

describe('actor status', () => {
  it('keeps every report as history, each logged in the journal under the actor', async () => {
    const b = await actorBoard();
    const polisen = await b.actor('Polisen');
    await b.call('actors.setStatus', { id: polisen.id, level: 'heightened', situation: 'Förstärkt patrullering' });
    b.clock.advance(20);
    const after = await b.call('actors.setStatus', {
      id: polisen.id,
      level: 'staff',
      situation: 'Avspärrning vid Gavlebron',
      needs: 'Vägledning till omledning',
      offers: 'Två patruller',
      reported_by: 'Insatschef Lind',
    });
    expect(after.status).toMatchObject({ level: 'staff', situation: 'Avspärrning vid Gavlebron', needs: 'Vägledning till omledning', offers: 'Två patruller', reported_by: 'Insatschef Lind', by: 'Test Testsson', reported_at: b.clock.iso() });

    const { history } = await b.call('actors.get', { id: polisen.id });
    expect(history.map((s) => s.level)).toEqual(['staff', 'heightened']);

    const journal = await b.call('journal.list', { query: { actor: 'Polisen' } });
    expect(journal.entries.map((e) => e.text)).toEqual([
      'Polisen: stab upprättad – Avspärrning vid Gavlebron\nBehov: Vägledning till omledning\nKan erbjuda: Två patruller',
      'Polisen: förhöjd beredskap – Förstärkt patrullering',
    ]);
    expect(journal.entries.every((e) => e.source === `actor/${polisen.id}` && e.kind === 'incoming')).toBe(true);
    expect(history[0]?.journal_seq).toBe(journal.entries[0]?.seq);
    // The journal tells these apart from what people typed.
    expect((await b.call('journal.list', { query: { origin: 'people' } })).total).toBe(0);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('takes a report time given by the actor (backdated), and refuses a bad level', async () => {
    const b = await actorBoard();
    const region = await b.actor('Region Gävleborg');
    const earlier = '2026-11-24T07:30:00.000Z';
    const a = await b.call('actors.setStatus', { id: region.id, level: 'normal', reported_at: '2026-11-24T08:30:00+01:00' });
    expect(a.status?.reported_at).toBe(earlier);
    await expect(b.call('actors.setStatus', { id: region.id, level: 'panic' as 'normal' })).rejects.toMatchObject({ reply: { code: 'validation' } });
    await expect(b.call('actors.setStatus', { id: 999, level: 'normal' })).rejects.toMatchObject({ reply: { code: 'not_found' } });
  });

  it('flags an actor not heard from within its interval as overdue, by the board clock', async () => {
    const b = await actorBoard();
    const rtj = await b.actor('Räddningstjänsten');
    // Never heard from: awaiting its first report, not overdue.
    b.clock.advance(600);
    expect((await b.actor('Räddningstjänsten')).overdue).toBe(false);
    await b.call('actors.update', { id: rtj.id, report_interval_min: 30 });
    const reported = await b.call('actors.setStatus', { id: rtj.id, level: 'staff' });
    expect(reported).toMatchObject({ overdue: false, due_at: new Date(b.clock.now().getTime() + 30 * 60_000).toISOString() });
    b.clock.advance(30);
    expect((await b.actor('Räddningstjänsten')).overdue).toBe(false); // exactly at its interval
    b.clock.advance(1);
    expect((await b.actor('Räddningstjänsten')).overdue).toBe(true);
    // A wall seat sees the flag too (it reads the same list).
    expect((await b.call('actors.list', {})).actors.filter((a) => a.overdue).map((a) => a.name)).toEqual(['Räddningstjänsten']);
    // A new report clears it; retiring it does too.
    await b.call('actors.setStatus', { id: rtj.id, level: 'staff', situation: 'Släckt' });
    expect((await b.actor('Räddningstjänsten')).overdue).toBe(false);
    b.clock.advance(45);
    expect((await b.actor('Räddningstjänsten')).overdue).toBe(true);
    await b.call('actors.retire', { id: rtj.id, retired: true });
    expect((await b.actor('Räddningstjänsten')).overdue).toBe(false);
  });
});
