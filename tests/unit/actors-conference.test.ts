import { describe, expect, it } from 'vitest';
import { verifyBoardFile } from '../../electron/core/index.js';
import type { RoutedEvent } from '../../electron/core/record/projection.js';
import { actorBoard } from './actors-helpers.js';

describe('samverkanskonferens', () => {
  it('walks the attending actors in order, each turn timed from its start; a report is a journal entry under the actor and its status in one write', async () => {
    const b = await actorBoard();
    const [kommun, rtj, polisen, region] = await Promise.all(['Kommunens krisledning', 'Räddningstjänsten', 'Polisen', 'Region Gävleborg'].map((n) => b.actor(n)));
    if (!kommun || !rtj || !polisen || !region) throw new Error('fixture');
    const started = await b.call('actors.conference.start', { kind: 'coordinating', attendees: [kommun.id, rtj.id, polisen.id] });
    expect(started).toMatchObject({ kind: 'coordinating', ended_at: null, turns: [], current: null, attendees: [{ name: kommun.name }, { name: rtj.name }, { name: polisen.name }] });
    await expect(b.call('actors.conference.start', { kind: 'directing', attendees: [kommun.id] })).rejects.toMatchObject({ reply: { details: { reason: 'conference_running' } } });

    const t0 = b.clock.iso();
    expect((await b.call('actors.conference.turn', { conference: started.id })).current).toBe(kommun.id);
    b.clock.advance(3);
    const report = await b.call('actors.conference.report', { conference: started.id, actor: kommun.id, text: 'Krisledningsnämnden sammankallad', level: 'activated', needs: 'Förstärkning av växeln' });
    expect(report.entry).toMatchObject({ actor: kommun.name, kind: 'incoming', source: `actor/${kommun.id}` });
    expect(report.entry.text).toBe('Kommunens krisledning: krisledning aktiverad\nKrisledningsnämnden sammankallad\nBehov: Förstärkning av växeln');
    expect(report.actor.status).toMatchObject({ level: 'activated', needs: 'Förstärkning av växeln', journal_seq: report.entry.seq, conference: started.id });
    // Both in one commit: the status's record follows the entry's directly.
    expect(report.actor.status?.record_seq).toBe(report.entry.record_seq + 1);

    b.clock.advance(2);
    const t1 = b.clock.iso();
    const next = await b.call('actors.conference.turn', { conference: started.id });
    expect(next.current).toBe(rtj.id);
    expect(next.turns.map((t) => [t.actor, t.started_at, t.ended_at])).toEqual([
      [kommun.id, t0, t1],
      [rtj.id, t1, null],
    ]);
    // Reporting for an attendee out of order starts its turn.
    b.clock.advance(4);
    const out = await b.call('actors.conference.report', { conference: started.id, actor: polisen.id, text: 'Inga störningar', level: 'normal' });
    expect(out.conference.current).toBe(polisen.id);
    expect(out.conference.turns.map((t) => t.actor)).toEqual([kommun.id, rtj.id, polisen.id]);
    await expect(b.call('actors.conference.turn', { conference: started.id })).rejects.toMatchObject({ reply: { details: { reason: 'no_next_turn' } } });
    await expect(b.call('actors.conference.report', { conference: started.id, actor: region.id, text: 'X', level: 'normal' })).rejects.toMatchObject({ reply: { details: { reason: 'not_attending', name: region.name } } });
    await expect(b.call('actors.conference.turn', { conference: started.id, actor: region.id })).rejects.toMatchObject({ reply: { details: { reason: 'not_attending' } } });

    // An agreement becomes a significant decision and its assignments.
    const agreement = await b.call('actors.agree', { conference: started.id, text: 'Gemensam information kl 12', assignments: [{ actor: polisen.id, what: 'Omledning av trafik' }] });
    const decision = await b.call('journal.get', { seq: agreement.journal_seq });
    expect(decision).toMatchObject({ kind: 'decision', significant: true, text: 'Gemensam information kl 12', source: `agreement/${agreement.id}` });
    expect((await b.call('actors.assignments', { actor: polisen.id })).assignments).toMatchObject([{ what: 'Omledning av trafik', decision: decision.seq, id: agreement.assignments[0] }]);
    // An agreement can become an assignment later too.
    const later = await b.call('actors.assign', { actor: rtj.id, what: 'Skylta omledningen', decision: agreement.journal_seq });
    expect((await b.call('actors.conference.get', { id: started.id })).agreements[0]?.assignments).toEqual([...agreement.assignments, later.id]);
    // A Beslut i stort is agreed at the directing level.
    await expect(b.call('actors.agree', { conference: started.id, text: 'X', beslut_i_stort: { intent: 'Y' } })).rejects.toMatchObject({ reply: { details: { reason: 'bis_needs_directing' } } });

    b.clock.advance(10);
    const ended = await b.call('actors.conference.end', { conference: started.id, next_at: '2026-11-24T14:00:00+01:00', next_kind: 'directing' });
    expect(ended.ended_at).toBe(b.clock.iso());
    expect(ended.turns.at(-1)?.ended_at).toBe(b.clock.iso());
    expect(ended.next_at).toBe('2026-11-24T13:00:00.000Z');
    await expect(b.call('actors.conference.report', { conference: started.id, actor: rtj.id, text: 'Sent', level: 'normal' })).rejects.toMatchObject({ reply: { details: { reason: 'conference_ended' } } });

    // The countdown: seconds from the board clock.
    const current = await b.call('actors.conference.current', {});
    expect(current.conference).toBeNull();
    expect(current.next).toEqual({ at: '2026-11-24T13:00:00.000Z', kind: 'directing', seconds_left: Math.round((Date.parse('2026-11-24T13:00:00.000Z') - b.clock.now().getTime()) / 1000) });
    b.clock.advance(60 * 24);
    expect((await b.call('actors.conference.current', {})).next?.seconds_left).toBeLessThan(0);
    expect((await b.call('actors.conference.setNext', { at: null })).next).toBeNull();
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('logs a Beslut i stort with its parts at the directing level, lists it on its own, and writes the protokoll', async () => {
    const b = await actorBoard();
    const events: RoutedEvent[] = [];
    b.core.onEvent((e) => events.push(e));
    const [kommun, lst] = await Promise.all(['Kommunens krisledning', 'Länsstyrelsen i Gävleborgs län'].map((n) => b.actor(n)));
    if (!kommun || !lst) throw new Error('fixture');
    const c = await b.call('actors.conference.start', { kind: 'directing', attendees: [lst.id, kommun.id] });
    await b.call('actors.conference.report', { conference: c.id, actor: lst.id, text: 'Länet har *förhöjd* beredskap <b>', level: 'heightened', situation: 'Stormen drar norrut' });
    const bis = await b.call('actors.agree', {
      conference: c.id,
      text: 'Samordnad hantering av stormen',
      beslut_i_stort: {
        intent: 'Skydda liv och hälsa',
        achieve: 'Alla utan ström nås av information',
        responsibilities: 'Kommunen: trygghetspunkter. Länsstyrelsen: samordning.',
        until: '2026-11-25T12:00:00+01:00',
        decided_by: 'Krisledningsnämndens ordförande',
        agreeing: [lst.id, kommun.id],
      },
      assignments: [{ actor: kommun.id, what: 'Öppna tre trygghetspunkter', due_at: '2026-11-24T16:00:00+01:00' }],
    });
    expect(bis.beslut_i_stort).toMatchObject({ intent: 'Skydda liv och hälsa', until: '2026-11-25T11:00:00.000Z', agreeing: [lst.id, kommun.id] });
    const entry = await b.call('journal.get', { seq: bis.journal_seq });
    expect(entry.text.split('\n')).toEqual([
      'Beslut i stort: Samordnad hantering av stormen',
      'Mål och avsikt: Skydda liv och hälsa',
      'Vad som ska uppnås: Alla utan ström nås av information',
      'Ansvarsfördelning: Kommunen: trygghetspunkter. Länsstyrelsen: samordning.',
      'Gäller till: 2026-11-25 12:00',
      'Beslutat av: Krisledningsnämndens ordförande',
      `Aktörer som står bakom: ${lst.name}, ${kommun.name}`,
    ]);
    expect(entry).toMatchObject({ kind: 'decision', significant: true });
    await b.call('actors.agree', { conference: c.id, text: 'Nästa presskonferens kl 15' });
    // A Beslut i stort outside a conference, from the form on its own.
    await b.call('actors.agree', { text: 'Inriktning för natten', beslut_i_stort: { intent: 'Hålla trygghetspunkterna öppna' } });
    expect((await b.call('actors.agreements', { beslut_i_stort: true })).agreements.map((a) => a.text)).toEqual(['Inriktning för natten', 'Samordnad hantering av stormen']);
    expect((await b.call('actors.agreements', {})).agreements).toHaveLength(3);
    await b.call('actors.conference.end', { conference: c.id, next_at: '2026-11-24T18:00:00+01:00' });

    const { markdown, filename } = await b.call('actors.conference.protocol', { id: c.id });
    expect(filename).toBe('samverkanskonferens-1-2026-11-24.md');
    expect(markdown).toContain('**ÖVNING**');
    expect(markdown).toContain('# Protokoll: Inriktande samverkanskonferens #1');
    expect(markdown).toContain(`## Deltagare\n\n- ${lst.name}\n- ${kommun.name}`);
    expect(markdown).toContain('- Läge: Förhöjd beredskap');
    expect(markdown).toContain('- Lägesbild: Stormen drar norrut');
    // User text is text: no markup, no HTML.
    expect(markdown).toContain('Länet har \\*förhöjd\\* beredskap \\<b\\>');
    expect(markdown).not.toContain('<b>');
    expect(markdown).toContain(`### ${kommun.name}\n\nIngen rapport.`);
    expect(markdown).toContain('**Beslut i stort:** Samordnad hantering av stormen');
    expect(markdown).toContain('- Mål och avsikt: Skydda liv och hälsa');
    expect(markdown).toContain('Nästa presskonferens kl 15');
    expect(markdown).not.toContain('Inriktning för natten');
    expect(markdown).toContain(`- ${kommun.name}: Öppna tre trygghetspunkter – Klart senast 2026-11-24 16:00 (Givet)`);
    expect(markdown).toContain('## Nästa samverkanskonferens\n\n2026-11-24 18:00');
    const head = (await b.call('record.head', {})).head;
    expect(markdown).toContain(`${head?.seq}:${head?.hash}`);

    // Every step was pushed to every seat as it happened.
    const kinds = events.filter((e) => e.event.startsWith('actor.')).map((e) => e.event);
    expect(new Set(kinds)).toEqual(new Set(['actor.conference', 'actor.changed', 'actor.agreement', 'actor.assignment', 'actor.next_conference']));
    expect(events.filter((e) => e.event === 'actor.conference' || e.event === 'actor.next_conference').every((e) => e.roles.includes('wall') && e.roles.includes('staff'))).toBe(true);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });
});
