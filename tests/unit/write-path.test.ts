import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Caller, type Core, type RoutedEvent } from '../../electron/core/index.js';
import { startSeatServer, type SeatServer } from '../../electron/seats/server.js';
import type { Verification } from '../../shared/record/record.js';
import { staff, wall } from '../callers.js';
import { startWriter } from './child-writer.js';
import { newBoard, tempDir } from './helpers.js';
import { connect } from './ws-client.js';

const open: { server?: SeatServer; core?: Core }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.server?.close();
    o.core?.close();
  }
});

async function seatServer(path: string) {
  const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
  core.openBoardFile(path);
  const tokens = { staff: 'staff-token-write-path-000000', wall: 'wall-token-write-path-0000000' };
  const server = await startSeatServer({ core, rendererDir: tempDir(), tokens });
  open.push({ server, core });
  const url = (token: string) => `ws://127.0.0.1:${server.port}/api?token=${token}`;
  return { core, server, staffUrl: url(tokens.staff), wallUrl: url(tokens.wall) };
}

describe('who wrote it (by)', () => {
  it('is the name a seat stated when it connected, on the entry and in its record', async () => {
    const b = await newBoard();
    b.core.close();
    const { staffUrl } = await seatServer(b.path);
    const seat = await connect(staffUrl);
    // A seat that has not said who is at it cannot write.
    expect(await seat.call('journal.append', { kind: 'information', text: 'Anonym' })).toMatchObject({ ok: false, error: { code: 'name_required' } });
    expect(await seat.call('session.identify', { name: '  Li Loggförare ' })).toMatchObject({ ok: true, result: { name: 'Li Loggförare' } });
    const saved = await seat.call('journal.append', { kind: 'information', text: 'Vem skrev?' });
    expect(saved).toMatchObject({ ok: true, result: { by: 'Li Loggförare', seq: 1 } });
    expect(await seat.call('session.identify', { name: '\u0007' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    seat.close();
    const db = new Database(b.path, { readonly: true });
    expect(db.prepare('SELECT "by" FROM record WHERE type = ?').all('journal.entry')).toEqual([{ by: 'Li Loggförare' }]);
    db.close();
  });

  it('is kept per caller: two seats write under their own names', async () => {
    const b = await newBoard();
    const anna: Caller = staff('Anna');
    const bo: Caller = staff('Bo');
    await b.core.dispatch('journal.append', { kind: 'call', text: 'från Anna' }, anna);
    await b.core.dispatch('journal.append', { kind: 'call', text: 'från Bo' }, bo);
    const { entries } = await b.call('journal.list', {});
    expect(entries.map((e) => [e.text, e.by])).toEqual([
      ['från Bo', 'Bo'],
      ['från Anna', 'Anna'],
    ]);
    b.core.close();
  });
});

describe('op_id: a repeated write writes nothing', () => {
  it('answers the same op_id with the first reply and one entry, and refuses it for another method', async () => {
    const b = await newBoard();
    const caller = staff();
    const first = await b.core.dispatch('journal.append', { kind: 'decision', text: 'Skolor stängs' }, caller, { opId: 'op-0000000001' });
    const again = await b.core.dispatch('journal.append', { kind: 'decision', text: 'Skolor stängs' }, caller, { opId: 'op-0000000001' });
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    expect((await b.call('journal.list', {})).total).toBe(1);
    const other = await b.core.dispatch('boards.setMode', { mode: 'activated' }, caller, { opId: 'op-0000000001' });
    expect(other).toMatchObject({ ok: false, error: { code: 'op_conflict' } });
    expect((await b.call('journal.list', {})).total).toBe(1);
    expect(await b.core.dispatch('journal.append', { kind: 'decision', text: 'x' }, caller, { opId: 'bad id!' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    b.core.close();
  });

  it('holds across a dropped connection: the seat sends the write again on a new socket, one entry', async () => {
    const b = await newBoard();
    b.core.close();
    const { staffUrl } = await seatServer(b.path);
    const frame = { id: 1, method: 'journal.append', params: { kind: 'call', text: 'Samtal från Polisen' }, op_id: 'd6f2b1c0-5a3e-4e8f-9b7a-1c2d3e4f5a6b' };
    const first = await connect(staffUrl);
    await first.call('session.identify', { name: 'Li' });
    const sent = await first.sendRaw(JSON.stringify(frame));
    first.close();
    const second = await connect(staffUrl);
    await second.call('session.identify', { name: 'Li' });
    const resent = await second.sendRaw(JSON.stringify({ ...frame, id: 7 }));
    expect(resent).toEqual({ ...sent, id: 7 });
    expect((await second.call('journal.list', {})) as { result: { total: number } }).toMatchObject({ result: { total: 1 } });
    second.close();
  });
});

describe('the one write path', () => {
  it('passes a method named in three parts from a WebSocket seat to core unchanged', async () => {
    const seen: string[] = [];
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    const spy: Core = { ...core, dispatch: (method, params, caller, options) => (seen.push(method), core.dispatch(method, params, caller, options)) };
    const server = await startSeatServer({ core: spy, rendererDir: tempDir(), tokens: { staff: 'staff-token-three-parts-0000', wall: 'wall-token-three-parts-00000' } });
    open.push({ server, core });
    const seat = await connect(`ws://127.0.0.1:${server.port}/api?token=staff-token-three-parts-0000`);
    const reply = await seat.call('map.feature.create', {});
    // Routed whole to the dispatcher, which answers for the contract (no map methods yet).
    expect(seen).toEqual(['map.feature.create']);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_method', details: { method: 'map.feature.create' } } });
    seat.close();
  });

  it('sends a seat only the events its role may see, and never the routing itself', async () => {
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    const listeners: ((e: RoutedEvent) => void)[] = [];
    const spy: Core = { ...core, onEvent: (l) => (listeners.push(l), () => undefined) };
    const tokens = { staff: 'staff-token-roles-00000000000', wall: 'wall-token-roles-000000000000' };
    const server = await startSeatServer({ core: spy, rendererDir: tempDir(), tokens });
    open.push({ server, core });
    const seat = await connect(`ws://127.0.0.1:${server.port}/api?token=${tokens.staff}`);
    const wallSeat = await connect(`ws://127.0.0.1:${server.port}/api?token=${tokens.wall}`);
    const emit = (e: RoutedEvent) => listeners.forEach((l) => l(e));
    // A staff-only event (as draft messages will make) and one for every seat.
    emit({ event: 'board.changed', data: { board: null }, roles: ['staff'], record: null });
    emit({ event: 'board.changed', data: { board: null }, roles: ['staff', 'wall'], record: { seq: 9, type: 'board.mode_changed' } });
    await expect.poll(() => seat.events.length).toBe(2);
    await expect.poll(() => wallSeat.events.length).toBe(1);
    for (const e of [...seat.events, ...wallSeat.events]) expect(Object.keys(e).sort()).toEqual(['data', 'event']);
    expect(await wallSeat.call('boards.recent', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    seat.close();
    wallSeat.close();
  });

  it('reads rows and total from one state of the file while another process writes', async () => {
    const b = await newBoard();
    const writer = startWriter(b.path, 'w', 400);
    await writer.started;
    let checked = 0;
    while (checked < 60) {
      const page = await b.call('journal.list', { limit: 500 });
      expect(page.entries.length).toBe(Math.min(page.total, 500));
      checked += 1;
    }
    await writer.exited;
    b.core.close();
  }, 60_000);
});

describe('a board whose record does not hold', () => {
  it('is checked in the background when it opens, then shown broken and opened read-only', async () => {
    const b = await newBoard();
    for (let i = 1; i <= 5; i++) await b.call('journal.append', { kind: 'information', text: `Post ${i}` });
    b.core.close();
    const db = new Database(b.path);
    db.exec("DROP TRIGGER record_no_update; UPDATE record SET payload = replace(payload, 'Post 3', 'Post X') WHERE seq = 4;");
    db.close();

    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    open.push({ core });
    const seen: Verification[] = [];
    core.onEvent((e) => {
      if (e.event === 'record.verification') seen.push(e.data.verification);
    });
    core.openBoardFile(b.path);
    await expect.poll(() => seen.at(-1)?.state).toBe('broken');
    expect(seen[0]).toMatchObject({ state: 'running', total: 6 });
    expect(seen.at(-1)).toMatchObject({ state: 'broken', count: 3, first_bad: { seq: 4, problem: 'hash_mismatch' } });
    const current = await core.dispatch('boards.current', {}, wall());
    expect(current).toMatchObject({ ok: true, result: { board: { read_only: true, read_only_reason: 'chain_broken' } } });
    expect(await core.dispatch('journal.append', { kind: 'information', text: 'Ny post' }, staff())).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(await core.dispatch('record.verification', {}, wall())).toMatchObject({ ok: true, result: { verification: { state: 'broken' } } });
  });

  it('an untouched board is reported verified up to its head, and stays writable', async () => {
    const b = await newBoard();
    await b.call('journal.append', { kind: 'information', text: 'Hel' });
    b.core.close();
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    open.push({ core });
    core.openBoardFile(b.path);
    await expect.poll(async () => ((await core.dispatch('record.verification', {}, wall())) as { result?: { verification: Verification | null } }).result?.verification?.state).toBe('ok');
    const head = await core.dispatch('record.head', {}, wall());
    expect(await core.dispatch('record.verification', {}, wall())).toMatchObject({ ok: true, result: { verification: { state: 'ok', count: 2, head: (head as { result: { head: unknown } }).result.head } } });
    expect((await core.dispatch('journal.append', { kind: 'information', text: 'Mer' }, staff())).ok).toBe(true);
  });
});
