import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { staff, wall } from '../callers.js';
import { seedActors } from '../../electron/core/actors/seed.js';
import { verifyBoardFile } from '../../electron/core/index.js';
import type { RoutedEvent } from '../../electron/core/record/projection.js';
import { KOMMUN_NEIGHBOURS, neighboursOf } from '../../shared/kommun-neighbours.js';
import { findKommun } from '../../shared/kommuner.js';
import { actorBoard } from './actors-helpers.js';
import { newBoard } from './helpers.js';

describe('the neighbour table', () => {
  it('lists the kommuner whose boundary touches: Stockholm borders Solna, Nacka and Lidingö (across the water)', () => {
    const names = neighboursOf('0180').map((c) => findKommun(c)?.name);
    expect(names).toEqual(expect.arrayContaining(['Solna', 'Nacka', 'Sundbyberg', 'Huddinge', 'Danderyd', 'Lidingö', 'Ekerö']));
    expect(names).not.toContain('Södertälje');
    expect(neighboursOf('0180')).not.toContain('0180');
  });

  it('is symmetric, covers all 290 kommuner, and leaves Gotland alone', () => {
    expect(Object.keys(KOMMUN_NEIGHBOURS)).toHaveLength(290);
    for (const [code, list] of Object.entries(KOMMUN_NEIGHBOURS)) {
      for (const n of list) expect(KOMMUN_NEIGHBOURS[n], `${code} → ${n}`).toContain(code);
    }
    expect(neighboursOf('0980')).toEqual([]);
    expect(neighboursOf('9999')).toEqual([]);
  });
});

describe('the actor registry', () => {
  it('starts a new board with the usual actors, written with board.created in its first commit', async () => {
    const b = await actorBoard();
    const { actors } = await b.call('actors.list', {});
    const names = actors.map((a) => a.name);
    expect(names).toEqual(seedActors('2180').map((a) => a.name));
    expect(names).toEqual(
      expect.arrayContaining(['Kommunens krisledning', 'Räddningstjänsten', 'Polisen', 'Region Gävleborg', 'Länsstyrelsen i Gävleborgs län', 'SOS Alarm', 'Trafikverket', 'Försvarsmakten', 'Sandviken kommun', 'Ockelbo kommun', 'Energibolaget', 'VA-bolaget', 'Bostadsbolaget', 'FRG (Frivilliga resursgruppen)', 'POSOM', 'Svenska kyrkan', 'Näringslivet']),
    );
    expect(actors.every((a) => a.report_interval_min === 60 && a.status === null && !a.overdue && !a.retired)).toBe(true);
    b.core.close();
    const db = new Database(b.path, { readonly: true });
    const records = db.prepare<[], { seq: number; type: string; recorded_at: string }>('SELECT seq, type, recorded_at FROM record ORDER BY seq').all();
    db.close();
    expect(records[0]?.type).toBe('board.created');
    expect(records.slice(1).every((r) => r.type === 'actor.registered' && r.recorded_at === records[0]?.recorded_at)).toBe(true);
    expect(records).toHaveLength(1 + names.length);
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('seeds a board made without actors once, on request (actors.seed), and refuses a second time', async () => {
    const b = await newBoard();
    expect((await b.call('actors.list', {})).actors).toEqual([]);
    expect(await b.call('actors.seed', {})).toEqual({ added: seedActors('2180').length });
    await expect(b.call('actors.seed', {})).rejects.toMatchObject({ reply: { code: 'validation', details: { reason: 'already_seeded' } } });
    expect((await b.call('actors.list', {})).actors).toHaveLength(seedActors('2180').length);
  });

  it('adds, renames and retires actors, never deleting one, and refuses a name already taken', async () => {
    const b = await actorBoard();
    const smhi = await b.call('actors.add', { name: 'SMHI', type: 'other', contacts: [{ name: 'Vakthavande', phone: '011-495 80 00' }], rakel_group: 'GÄV RTJ-1', liaison: 'Ann', our_contact: 'Bo' });
    expect(smhi).toMatchObject({ name: 'SMHI', rakel_group: 'GÄV RTJ-1', liaison: 'Ann', our_contact: 'Bo', contacts: [{ name: 'Vakthavande', role: null, phone: '011-495 80 00', email: null }] });
    // A contact row left blank in the form is dropped.
    expect((await b.call('actors.update', { id: smhi.id, contacts: [{ name: 'Vakthavande', phone: '011-495 80 00' }, { name: ' ', phone: '' }] })).contacts).toHaveLength(1);
    const renamed = await b.call('actors.update', { id: smhi.id, name: 'SMHI Prognos', report_interval_min: 30 });
    expect(renamed).toMatchObject({ id: smhi.id, name: 'SMHI Prognos', report_interval_min: 30, rakel_group: 'GÄV RTJ-1' });
    await expect(b.call('actors.add', { name: 'polisen' })).rejects.toMatchObject({ reply: { code: 'validation', details: { reason: 'duplicate_name' } } });
    await expect(b.call('actors.update', { id: smhi.id, name: 'POLISEN' })).rejects.toMatchObject({ reply: { details: { reason: 'duplicate_name' } } });
    const retired = await b.call('actors.retire', { id: smhi.id, retired: true });
    expect(retired.retired).toBe(true);
    expect((await b.call('actors.list', {})).actors.find((a) => a.id === smhi.id)?.retired).toBe(true);
    expect((await b.call('actors.list', { include_retired: false })).actors.find((a) => a.id === smhi.id)).toBeUndefined();
    // A retired actor takes no status until brought back.
    await expect(b.call('actors.setStatus', { id: smhi.id, level: 'normal' })).rejects.toMatchObject({ reply: { details: { reason: 'retired' } } });
    expect((await b.call('actors.retire', { id: smhi.id, retired: false })).retired).toBe(false);
    await expect(b.call('actors.update', { id: 999, name: 'X' })).rejects.toMatchObject({ reply: { code: 'not_found' } });
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });
});

describe('contact details and the wall', () => {
  it('never reach a wall seat: reads answer contacts null, and actor.changed goes to the wall without them', async () => {
    const b = await actorBoard();
    const events: RoutedEvent[] = [];
    b.core.onEvent((e) => events.push(e));
    const added = await b.call('actors.add', {
      name: 'Gävle Energi',
      type: 'company',
      contacts: [{ name: 'Driftchef', phone: '026-17 80 00', email: 'drift@example.se' }],
      rakel_group: 'GÄV-TEK-7',
      liaison: 'Lisa Samband',
      our_contact: 'Olle Kontakt',
    });
    await b.call('actors.setStatus', { id: added.id, level: 'heightened', situation: 'Elavbrott i Sätra' });

    const fromWall = await b.core.dispatch('actors.list', {}, wall());
    expect(fromWall.ok).toBe(true);
    const wallActors = fromWall.ok ? (fromWall.result as { actors: { name: string; contacts: unknown }[] }).actors : [];
    expect(wallActors.length).toBeGreaterThan(20);
    expect(wallActors.every((a) => a.contacts === null)).toBe(true);
    const one = await b.core.dispatch('actors.get', { id: added.id }, wall());
    expect(one.ok && (one.result as { actor: { contacts: unknown } }).actor.contacts).toBeNull();
    expect(JSON.stringify(fromWall)).not.toMatch(/026-17|GÄV-TEK-7|Lisa Samband|Olle Kontakt/);
    expect(one.ok && (one.result as { actor: Record<string, unknown> }).actor).toMatchObject({ rakel_group: null, liaison: null, our_contact: null });
    expect(JSON.stringify(one)).not.toContain('drift@example.se');
    // Staff see them.
    const fromStaff = await b.core.dispatch('actors.get', { id: added.id }, staff());
    expect(JSON.stringify(fromStaff)).toContain('drift@example.se');

    const changed = events.filter((e) => e.event === 'actor.changed');
    expect(changed.length).toBe(4);
    for (const e of changed) {
      if (e.roles.includes('wall')) {
        expect(e.roles).toEqual(['wall']);
        expect(JSON.stringify(e.data)).not.toContain('026-17');
      } else {
        expect(e.roles).toEqual(['staff']);
        expect(JSON.stringify(e.data)).toContain('026-17');
      }
    }
    // No other event the wall receives carries them either.
    for (const e of events.filter((x) => x.roles.includes('wall'))) expect(JSON.stringify(e.data)).not.toMatch(/026-17|drift@example|GÄV-TEK-7|Lisa Samband|Olle Kontakt/);
    // And a wall seat cannot write.
    expect(await b.core.dispatch('actors.add', { name: 'X' }, wall())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('verify and the actor tables', () => {
  const tampers: [string, string, { table: string; column?: string; problem: string }][] = [
    ['a renamed actor', "UPDATE actor SET name = 'Någon annan' WHERE id = 7", { problem: 'projection_mismatch', table: 'actor', column: 'name' }],
    ['changed contact details', `UPDATE actor SET contacts = '[]' WHERE id = 26`, { problem: 'projection_mismatch', table: 'actor', column: 'contacts' }],
    ['a status level raised', "UPDATE actor_status SET level = 'activated'", { problem: 'projection_mismatch', table: 'actor_status', column: 'level' }],
    ['a status row removed', 'DELETE FROM actor_status', { problem: 'projection_missing', table: 'actor_status' }],
    ['an actor row added', "INSERT INTO actor VALUES (99, 'Falsk', 'other', '[]', NULL, NULL, NULL, 60, 0, 'person', '2026-01-01T00:00:00.000Z', NULL, 1)", { problem: 'projection_extra', table: 'actor' }],
    ['a retired actor brought back', 'UPDATE actor SET retired = 0 WHERE id = 1', { problem: 'projection_mismatch', table: 'actor', column: 'retired' }],
  ];

  it.each(tampers)('catches %s', async (_what, sql, expected) => {
    const b = await actorBoard();
    await b.call('actors.add', { name: 'SMHI', contacts: [{ phone: '011-495 80 00' }] });
    await b.call('actors.setStatus', { id: 7, level: 'staff' });
    await b.call('actors.retire', { id: 1, retired: true });
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
    const db = new Database(b.path);
    db.exec(sql);
    db.close();
    const result = verifyBoardFile(b.path);
    expect(result.ok).toBe(false);
    expect(result.first_bad).toMatchObject(expected);
  });

  it('has STRICT tables', async () => {
    const b = await actorBoard();
    b.core.close();
    const db = new Database(b.path, { readonly: true });
    const sql = db.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name LIKE 'actor%'").all();
    db.close();
    expect(sql.map((t) => t.name).sort()).toEqual(['actor', 'actor_agreement', 'actor_assignment', 'actor_conference', 'actor_conference_turn', 'actor_next_conference', 'actor_status']);
    for (const t of sql) expect(t.sql, t.name).toMatch(/\) STRICT$/);
  });
});
