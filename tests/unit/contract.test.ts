import { staff } from '../callers.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS, METHOD_NAMES, type MethodName } from '../../shared/api/contract.js';
import { EVENTS } from '../../shared/api/events.js';
import type { AnyEvent } from '../../shared/api/events.js';
import { createCore } from '../../electron/core/index.js';
import { tempDir } from './helpers.js';

describe('the contract', () => {
  it('every handler answers what its output schema promises, and every event fits its schema', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, watchIntervalMs: 0 });
    const events: AnyEvent[] = [];
    core.onEvent((e) => events.push(e));
    const called = new Set<MethodName>();
    const call = async (method: MethodName, params: unknown) => {
      const reply = await core.dispatch(method, params, staff());
      expect(reply.ok, `${method}: ${JSON.stringify(reply)}`).toBe(true);
      if (!reply.ok) throw new Error(method);
      METHODS[method].output.parse(reply.result);
      called.add(method);
      return reply.result as Record<string, unknown>;
    };
    await call('session.identify', { name: 'Kim Kommunikatör' });
    await call('boards.current', {});
    const board = await call('boards.create', { name: 'Vattenbrist', kommun_code: '1480', exercise: false, mode: 'activated' });
    expect(board).toMatchObject({ kommun_name: 'Göteborg', mode: 'activated', exercise: false, read_only: false });
    await call('journal.append', { kind: 'decision', text: 'Nödvatten till Hisingen', actor: 'Kretslopp och vatten', significant: true });
    await call('journal.correct', { seq: 1, text: 'Nödvatten till Backa', reason: 'Fel stadsdel' });
    await call('journal.list', { query: { search: 'nödvatten' } });
    await call('journal.get', { seq: 1 });
    await call('journal.position', { seq: 1 });
    await call('journal.actors', {});
    await call('record.head', {});
    await call('record.verification', {});
    await call('boards.setMode', { mode: 'ordinary' });
    const recent = (await call('boards.recent', {})) as { boards: { id: string; path: string }[] };
    expect(recent.boards[0]?.path).toBe(board.path);
    await call('boards.close', {});
    expect(await call('boards.current', {})).toEqual({ board: null });
    const reopened = await call('boards.open', { id: recent.boards[0]?.id });
    expect(reopened.id).toBe(board.id);
    const tank = { type: 'Point', coordinates: [11.93, 57.72] };
    await call('map.create', { geometry: tank, title: 'Nödvatten Backa', category: 'nodvatten' });
    await call('map.change', { id: 1, version: 1, status: 'planned' });
    await call('map.list', {});
    await call('map.get', { id: 1 });
    await call('map.history', { id: 1 });
    await call('map.changedSince', { since: '2000-01-01T00:00:00Z' });
    await call('map.import', { file_name: 'tankar.geojson', text: JSON.stringify({ type: 'Feature', geometry: tank, properties: { name: 'Tank 2' } }) });
    await call('map.export', {});
    await call('map.end', { id: 1, version: 2 });
    await call('map.layers.add', { config: { type: 'xyz', name: 'Topo', url: 'https://example.test/{z}/{x}/{y}.png?key={api_key}' }, secret: { api_key: 'k' } });
    await call('map.layers.change', { id: 1, version: 1, secret: null });
    await call('map.layers.list', {});
    await call('map.layers.remove', { id: 1, version: 2 });
    expect([...called].sort()).toEqual([...METHOD_NAMES].sort());
    for (const e of events) EVENTS[e.event].parse(e.data);
    // The background check of each opened board reports on its own schedule; the rest in order.
    expect(events.some((e) => e.event === 'record.verification')).toBe(true);
    expect(events.map((e) => e.event).filter((e) => e !== 'record.verification')).toEqual([
      'board.changed', // created and opened
      'journal.appended',
      'journal.appended', // the correction
      'board.changed', // the board's new mode …
      'journal.appended', // … and the decision that logs it, in the same commit
      'board.changed', // closed
      'board.changed', // reopened
      ...['map.feature', 'journal.appended'], // created, and its automatic entry
      ...['map.feature', 'journal.appended'], // changed
      ...['map.feature', 'journal.appended'], // imported: one per feature, one entry for the import
      ...['map.feature', 'journal.appended'], // ended
      ...['map.layer', 'map.layer'], // added: one for staff seats, one (without the secret) for the wall
      ...['map.layer', 'map.layer'], // changed
      ...['map.layer', 'map.layer'], // removed
    ]);
    core.close();
  });

  it('is documented: docs/api.md names every method and every event', () => {
    expect(existsSync('docs/api.md')).toBe(true);
    const doc = readFileSync('docs/api.md', 'utf8');
    for (const name of [...METHOD_NAMES, ...Object.keys(EVENTS)]) expect(doc, name).toContain(`\`${name}\``);
  });
});

describe('the recent boards list', () => {
  it('is a convenience: an unreadable or unwritable list never keeps a board from opening', async () => {
    const dir = tempDir();
    const logged: string[] = [];
    const core = createCore({ dataDir: dir, watchIntervalMs: 0, log: (m) => logged.push(m) });
    const created = await core.dispatch('boards.create', { name: 'Lista', kommun_code: '0180', exercise: false }, staff());
    expect(created.ok).toBe(true);
    writeFileSync(join(dir, 'recent.json'), '{ not json');
    expect(await core.dispatch('boards.recent', {}, staff())).toEqual({ ok: true, result: { boards: [] } });
    // A folder where the list's temp file would go: writing the list fails, opening still works.
    mkdirSync(join(dir, 'recent.json.tmp'));
    const path = created.ok ? (created.result as { path: string }).path : '';
    expect(core.openBoardFile(path).name).toBe('Lista');
    expect(logged.some((m) => m.includes('recent boards list'))).toBe(true);
    core.close();
  });
});
