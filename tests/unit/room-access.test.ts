import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/index.js';
import { host, staff, wall } from '../callers.js';
import type { RoomStatus } from '../../shared/room/contract.js';
import type { RoutedEvent } from '../../electron/core/index.js';
import { tempDir } from './helpers.js';

const STATUS: RoomStatus = { sharing: false, https: false, addresses: [], codes: [], seats: [], idle_minutes: 480 };

describe('room.* access (electron/core/dispatch.ts)', () => {
  let core: Core;
  afterEach(() => core.close());

  it('answers only the host; without an attached room, not_available', async () => {
    core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    for (const caller of [staff(), wall()]) {
      const reply = await core.dispatch('room.status', {}, caller);
      expect(reply).toMatchObject({ ok: false, error: { code: 'host_only' } });
    }
    const paired = { role: 'staff' as const, name: 'Anna', seat: { kind: 'lead' as const, id: '1', actor_id: null, name: 'Anna' } };
    expect(await core.dispatch('room.share', { on: true }, paired)).toMatchObject({ ok: false, error: { code: 'host_only' } });
    expect(await core.dispatch('room.status', {}, host())).toMatchObject({ ok: false, error: { code: 'not_available' } });
    expect(await core.dispatch('room.share', { on: 'yes' }, host())).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('passes the host’s calls to the attached room and its changes out as room.changed, for host seats only', async () => {
    core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    let notify: (s: RoomStatus) => void = () => undefined;
    const shared: boolean[] = [];
    const detach = core.attachRoom({
      status: () => STATUS,
      share: (on) => {
        shared.push(on);
        return Promise.resolve({ ...STATUS, sharing: on });
      },
      code: () => STATUS,
      revoke: () => STATUS,
      onChange: (listener) => {
        notify = listener;
        return () => {
          notify = () => undefined;
        };
      },
    });
    const events: RoutedEvent[] = [];
    core.onEvent((e) => events.push(e));
    expect(await core.dispatch('room.share', { on: true }, host())).toEqual({ ok: true, result: { ...STATUS, sharing: true } });
    expect(shared).toEqual([true]);
    notify(STATUS);
    expect(events).toEqual([{ event: 'room.changed', data: STATUS, roles: ['staff'], record: null, hostOnly: true }]);
    detach();
    notify(STATUS);
    expect(events).toHaveLength(1);
    expect(await core.dispatch('room.status', {}, host())).toMatchObject({ ok: false, error: { code: 'not_available' } });
  });

  it('writes a paired seat’s records with the name it paired with and its seat', async () => {
    core = createCore({ dataDir: tempDir(), watchIntervalMs: 0, seedActors: false });
    await core.dispatch('boards.create', { name: 'Övning', kommun_code: '1480', exercise: true }, host());
    const paired = { role: 'staff' as const, name: null, seat: { kind: 'logkeeper' as const, id: '3', actor_id: null, name: 'Anna Berg' } };
    const reply = await core.dispatch('journal.append', { kind: 'information', text: 'Från loggförarens plats' }, paired);
    expect(reply).toMatchObject({ ok: true, result: { by: 'Anna Berg (loggförare, plats 3)' } });
  });
});
