import { describe, expect, it } from 'vitest';
import { verifyBoardFile } from '../../electron/core/core.js';
import { newBoard } from './helpers.js';

const storgatan = { type: 'Point' as const, coordinates: [18.0686, 59.3293] as [number, number] };
const area = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [18.0, 59.3],
      [18.1, 59.3],
      [18.1, 59.4],
      [18.0, 59.3],
    ],
  ] as [number, number][][],
};

/** A board with a clock the test sets: `b.at('10:01')` makes the next writes happen then. */
async function board() {
  let now = Date.parse('2026-11-23T10:00:00.000Z');
  const b = await newBoard({ now: () => new Date(now), verifyOnOpen: false });
  const at = (hhmm: string): void => {
    now = Date.parse(`2026-11-23T${hhmm}:00.000Z`);
  };
  return { ...b, at };
}

describe('map features: create, change, end', () => {
  it('writes every version as a record, with an automatic journal entry in Swedish', async () => {
    const b = await board();
    const created = await b.call('map.create', { geometry: storgatan, title: 'Storgatan', category: 'avsparrning', actor: 'Polisen' });
    expect(created).toMatchObject({ id: 1, version: 1, kind: 'point', status: 'active', title: 'Storgatan', created_by: 'Test Testsson' });
    const changed = await b.call('map.change', { id: 1, version: 1, title: 'Storgatan norra delen' });
    expect(changed).toMatchObject({ id: 1, version: 2, title: 'Storgatan norra delen', created_at: created.created_at });
    const ended = await b.call('map.end', { id: 1, version: 2 });
    expect(ended).toMatchObject({ version: 3, status: 'ended' });

    const history = await b.call('map.history', { id: 1 });
    expect(history.versions.map((v) => [v.version, v.change, v.status])).toEqual([
      [1, 'created', 'active'],
      [2, 'changed', 'active'],
      [3, 'ended', 'ended'],
    ]);
    expect(history.entries.map((e) => [e.text, e.source, e.kind])).toEqual([
      ['Avspärrning upprättad: Storgatan', 'map/1', 'action'],
      ['Avspärrning ändrad: Storgatan norra delen', 'map/1', 'action'],
      ['Avspärrning avslutad: Storgatan norra delen', 'map/1', 'action'],
    ]);
    expect(history.entries[0]?.place).toEqual({ lat: 59.3293, lon: 18.0686 });
    const automatic = await b.call('journal.list', { query: { origin: 'automatic' } });
    expect(automatic.total).toBe(3);
    b.core.close();
    expect((await verifyBoardFile(b.path)).ok).toBe(true);
  });

  it('takes the neuter participle for neuter categories', async () => {
    const b = await board();
    await b.call('map.create', { geometry: area, title: 'Centrum', category: 'hazard' });
    const history = await b.call('map.history', { id: 1 });
    expect(history.entries[0]?.text).toBe('Riskområde upprättat: Centrum');
    b.core.close();
  });

  it('refuses a change to an old version, to an ended feature, and a category that does not fit', async () => {
    const b = await board();
    await b.call('map.create', { geometry: storgatan, title: 'Storgatan', category: 'brand' });
    await b.call('map.change', { id: 1, version: 1, description: 'Villa' });
    await expect(b.call('map.change', { id: 1, version: 1, title: 'X' })).rejects.toMatchObject({ reply: { code: 'version_conflict', details: { current: 2 } } });
    await expect(b.call('map.change', { id: 1, version: 2, category: 'hazard' })).rejects.toMatchObject({ reply: { code: 'validation' } });
    await expect(b.call('map.create', { geometry: area, title: 'Fel', category: 'brand' })).rejects.toMatchObject({ reply: { code: 'validation' } });
    await b.call('map.end', { id: 1, version: 2 });
    await expect(b.call('map.change', { id: 1, version: 3, title: 'X' })).rejects.toMatchObject({ reply: { code: 'feature_ended' } });
    await expect(b.call('map.end', { id: 1, version: 3 })).rejects.toMatchObject({ reply: { code: 'feature_ended' } });
    await expect(b.call('map.change', { id: 9, version: 1, title: 'X' })).rejects.toMatchObject({ reply: { code: 'not_found' } });
    b.core.close();
  });

  it('writes nothing when a change changes nothing', async () => {
    const b = await board();
    await b.call('map.create', { geometry: storgatan, title: 'Storgatan', category: 'brand' });
    const same = await b.call('map.change', { id: 1, version: 1, title: 'Storgatan', geometry: storgatan });
    expect(same.version).toBe(1);
    expect((await b.call('map.history', { id: 1 })).versions).toHaveLength(1);
    b.core.close();
  });
});

describe('map replay', () => {
  it('shows the picture before a feature existed, between versions, and after its end', async () => {
    const b = await board();
    b.at('10:01');
    await b.call('map.create', { geometry: storgatan, title: 'Storgatan', category: 'avsparrning' });
    b.at('10:02');
    await b.call('map.change', { id: 1, version: 1, geometry: { type: 'Point', coordinates: [18.07, 59.33] } });
    b.at('10:03');
    await b.call('map.end', { id: 1, version: 2 });
    const at = async (iso: string) => (await b.call('map.list', { at: iso })).features;

    expect(await at('2026-11-23T10:00:30.000Z')).toEqual([]);
    expect((await at('2026-11-23T10:01:30.000Z')).map((f) => [f.version, f.geometry.coordinates])).toEqual([[1, [18.0686, 59.3293]]]);
    expect((await at('2026-11-23T10:02:30.000Z')).map((f) => [f.version, f.geometry.coordinates])).toEqual([[2, [18.07, 59.33]]]);
    expect((await at('2026-11-23T10:03:30.000Z')).map((f) => [f.version, f.status])).toEqual([[3, 'ended']]);
    expect((await b.call('map.list', {})).features.map((f) => f.version)).toEqual([3]);
    await expect(b.call('map.get', { id: 1, at: '2026-11-23T10:00:30.000Z' })).rejects.toMatchObject({ reply: { code: 'not_found' } });
    expect((await b.call('map.get', { id: 1, at: '2026-11-23T10:01:00.000Z' })).version).toBe(1);
    b.core.close();
  });

  it('names the features changed since a moment (and up to another)', async () => {
    const b = await board();
    b.at('10:01');
    await b.call('map.create', { geometry: storgatan, title: 'A', category: 'brand' });
    b.at('10:02');
    await b.call('map.create', { geometry: storgatan, title: 'B', category: 'brand' });
    b.at('10:03');
    await b.call('map.change', { id: 1, version: 1, title: 'A2' });
    expect((await b.call('map.changedSince', { since: '2026-11-23T10:01:30.000Z' })).ids).toEqual([1, 2]);
    expect((await b.call('map.changedSince', { since: '2026-11-23T10:02:30.000Z' })).ids).toEqual([1]);
    expect((await b.call('map.changedSince', { since: '2026-11-23T10:01:30.000Z', at: '2026-11-23T10:02:30.000Z' })).ids).toEqual([2]);
    b.core.close();
  });

  it('exports the live or replayed picture as a GeoJSON FeatureCollection', async () => {
    const b = await board();
    b.at('10:01');
    await b.call('map.create', { geometry: storgatan, title: 'Storgatan', category: 'avsparrning' });
    b.at('10:02');
    await b.call('map.change', { id: 1, version: 1, title: 'Storgatan 2' });
    const live = await b.call('map.export', {});
    expect(live.type).toBe('FeatureCollection');
    expect(live.features[0]).toMatchObject({ type: 'Feature', id: 1, geometry: storgatan, properties: { title: 'Storgatan 2', version: 2, category: 'avsparrning' } });
    const before = await b.call('map.export', { at: '2026-11-23T10:01:30.000Z' });
    expect(before.features[0]?.properties.title).toBe('Storgatan');
    b.core.close();
  });
});
