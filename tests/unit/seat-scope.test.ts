import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract.js';
import { DEFAULT_WALL_CONFIG } from '../../shared/wall/config.js';
import { host, paired, staff } from '../callers.js';
import { actorBoard } from './actors-helpers.js';
import type { TestBoard } from './helpers.js';

// electron/core/seat-scope.ts: what a seat paired over the network may not do, checked on the
// server whatever its page shows.

let board: TestBoard | null = null;
afterEach(() => {
  board?.core.close();
  board = null;
});

const recordCount = async (b: TestBoard): Promise<number | undefined> => (await b.call('record.head', {})).head?.seq;

describe('a paired seat and the host’s board', () => {
  it('cannot list, open, create or close boards on the host; the host’s own seats and the CLI can', async () => {
    const b = await actorBoard();
    board = b;
    const lead = paired('lead', 'Stina Lind');
    const calls: [MethodName, unknown][] = [
      ['boards.recent', {}],
      ['boards.create', { name: 'Annan', kommun_code: '0180', exercise: true }],
      ['boards.open', { id: 'x' }],
      ['boards.close', {}],
    ];
    for (const [method, params] of calls) {
      expect(await b.core.dispatch(method, params, lead)).toMatchObject({ ok: false, error: { code: 'host_only', details: { method } } });
    }
    // Still open, for everyone.
    expect(await b.core.dispatch('boards.current', {}, lead)).toMatchObject({ ok: true, result: { board: { name: 'Övning Storm' } } });
    expect(await b.core.dispatch('boards.recent', {}, host())).toMatchObject({ ok: true });
    expect(await b.core.dispatch('boards.recent', {}, staff())).toMatchObject({ ok: true });
  });
});

describe('a liaison seat (samverkansperson)', () => {
  it('reports its own actor’s status, answers its assignments and writes new entries; nothing else, and a refusal writes nothing', async () => {
    const b = await actorBoard();
    board = b;
    const police = await b.actor('Polisen');
    const rescue = await b.actor('Räddningstjänsten');
    const ownTask = await b.call('actors.assign', { actor: police.id, what: 'Spärra av Storgatan' });
    const otherTask = await b.call('actors.assign', { actor: rescue.id, what: 'Pumpa källaren' });
    const entry = await b.call('journal.append', { kind: 'information', text: 'Vatten på Storgatan' });
    const liaison = paired('liaison', 'Per Polis', police.id);

    const status = await b.core.dispatch('actors.setStatus', { id: police.id, level: 'heightened', situation: 'Två patruller på plats' }, liaison);
    expect(status).toMatchObject({ ok: true, result: { id: police.id } });
    expect(await b.core.dispatch('actors.setAssignmentStatus', { id: ownTask.id, status: 'accepted' }, liaison)).toMatchObject({ ok: true, result: { status: 'accepted' } });
    const own = await b.core.dispatch('journal.append', { kind: 'information', text: 'Polisen har spärrat Storgatan' }, liaison);
    expect(own).toMatchObject({ ok: true, result: { by: 'Per Polis (samverkansperson, plats 7)' } });

    const before = await recordCount(b);
    expect(before).toBeGreaterThan(0);
    const refused: [MethodName, unknown][] = [
      ['actors.setStatus', { id: rescue.id, level: 'activated' }],
      ['actors.setAssignmentStatus', { id: otherTask.id, status: 'done' }],
      ['actors.setAssignmentStatus', { id: ownTask.id, status: 'cancelled' }],
      ['actors.assign', { actor: police.id, what: 'Mer' }],
      ['journal.correct', { seq: entry.seq, text: 'Vatten på Kungsgatan', reason: 'fel gata' }],
      ['boards.setMode', { mode: 'activated' }],
      ['wall.configure', DEFAULT_WALL_CONFIG],
      ['map.create', { geometry: { type: 'Point', coordinates: [17.14, 60.67] }, title: 'Storgatan', category: 'avsparrning', actor: 'Polisen' }],
    ];
    for (const [method, params] of refused) {
      const reply = await b.core.dispatch(method, params, liaison);
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'liaison_scope', details: { method } } });
    }
    expect(await recordCount(b)).toBe(before);
    // An assignment that does not exist is refused as for every seat.
    expect(await b.core.dispatch('actors.setAssignmentStatus', { id: 9999, status: 'done' }, liaison)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
