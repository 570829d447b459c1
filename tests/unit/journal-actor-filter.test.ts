import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newBoard, steppingClock } from './helpers.js';

// Issue 7 item 8 (the server side): the list can take several exact actors (the UI resolves
// "polisen" to every known spelling), and search hits in the actor are marked like those in the text.
describe('journal list: actors and actor hits', () => {
  it('filters by any of several exact actors, alone or with the single actor', async () => {
    const b = await newBoard();
    await b.call('journal.append', { kind: 'information', text: 'a', actor: 'Polisen' });
    await b.call('journal.append', { kind: 'information', text: 'b', actor: 'POLISEN' });
    await b.call('journal.append', { kind: 'information', text: 'c', actor: 'Åklagaren' });
    await b.call('journal.append', { kind: 'information', text: 'd' });
    const seqs = async (query: object): Promise<number[]> =>
      (await b.call('journal.list', { query })).entries.map((e) => e.seq).sort();
    expect(await seqs({ actors: ['Polisen', 'POLISEN'] })).toEqual([1, 2]);
    expect(await seqs({ actor: 'Åklagaren', actors: ['Polisen'] })).toEqual([1, 3]);
    expect(await seqs({ actors: ['polisen'] })).toEqual([]);
    expect((await b.call('journal.list', { query: { actors: ['Polisen', 'POLISEN'] } })).total).toBe(2);
    expect((await b.call('journal.position', { seq: 2, query: { actors: ['Polisen', 'POLISEN'] } })).index).not.toBeNull();
    b.core.close();
  });

  it('marks search hits in the actor as offsets into the actor', async () => {
    const b = await newBoard();
    await b.call('journal.append', { kind: 'call', text: 'Ringde om avspärrning', actor: 'Polisen Kronoberg' });
    const [hit] = (await b.call('journal.list', { query: { search: 'kronob' } })).entries;
    expect(hit?.actor_highlights).toEqual([[8, 17]]);
    expect(hit?.highlights).toEqual([]);
    const [plain] = (await b.call('journal.list', {})).entries;
    expect(plain?.actor_highlights).toEqual([]);
    b.core.close();
  });

  it('names a new board file by the Stockholm time it was made, not UTC', async () => {
    // 23:30 UTC on 23 November is 00:30 on the 24th in Stockholm.
    const b = await newBoard({ now: steppingClock('2026-11-23T23:30:00.000Z') });
    expect(basename(b.path)).toMatch(/-20261124-0030\.samlad$/);
    b.core.close();
  });
});
