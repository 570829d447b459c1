import { createServer } from 'node:http';
import { connect as tcpConnect, type AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { WS_CLOSE_UNAUTHORIZED } from '../../shared/api/protocol.js';
import { CODE_ALPHABET } from '../../shared/room/contract.js';
import { CodeBook, groupedCode, newCode, normalCode } from '../../electron/seats/pairing-codes.js';
import { FailureLimiter } from '../../electron/seats/rate-limit.js';
import { attachRoom } from '../../electron/main/room.js';
import { createCore } from '../../electron/core/index.js';
import { host } from '../callers.js';
import { tempDir } from './helpers.js';
import { codeOf, firstFrame, pair, rawRequest, rawSeat, startRoomFixture, startSharing } from './room-fixture.js';

/** Whether a TCP connection to 127.0.0.1:port is accepted. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('pairing codes', () => {
  it('are 6 characters of the unambiguous alphabet, shown grouped and typed loosely', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCode()));
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(codes.size).toBeGreaterThan(190);
    expect(CODE_ALPHABET).not.toMatch(/[01ILOU]/);
    expect(groupedCode('K7M4QP')).toBe('K7M-4QP');
    expect(normalCode(' k7m-4qp ')).toBe('K7M4QP');
  });

  it('one per kind, one per liaison actor asked for; replacing one leaves the others working', () => {
    const book = new CodeBook();
    book.fill();
    expect(book.list().map((c) => c.target.kind).sort()).toEqual(['communicator', 'lead', 'liaison', 'logkeeper', 'wall']);
    const lead = book.list().find((c) => c.target.kind === 'lead')?.code ?? '';
    const polisen = book.replace({ kind: 'liaison', actor_id: 7 });
    expect(book.find(groupedCode(polisen).toLowerCase())?.target).toEqual({ kind: 'liaison', actor_id: 7 });
    book.replace({ kind: 'lead', actor_id: 5 });
    expect(book.find(lead)).toBeNull();
    // A lead's code pairs no actor even when asked with one.
    expect(book.list().find((c) => c.target.kind === 'lead')?.target.actor_id).toBeNull();
    expect(book.find(polisen)).not.toBeNull();
  });
});

describe('the failure limiter', () => {
  it('blocks an address after 10 failures in a minute, and lets it try again after', () => {
    let now = 0;
    const limiter = new FailureLimiter(10, 60_000, () => now);
    for (let i = 0; i < 9; i++) limiter.fail('10.0.0.5');
    expect(limiter.blocked('10.0.0.5')).toBe(false);
    limiter.fail('10.0.0.5');
    expect(limiter.blocked('10.0.0.5')).toBe(true);
    expect(limiter.blocked('10.0.0.6')).toBe(false);
    now += 60_001;
    expect(limiter.blocked('10.0.0.5')).toBe(false);
  });
});

describe('the room (electron/seats/room.ts)', () => {
  it('is off by default: no shared listener, no codes, pairing refused', async () => {
    const fixture = await startRoomFixture();
    const status = fixture.server.room.status();
    expect(status).toMatchObject({ sharing: false, https: false, addresses: [], codes: [], seats: [], idle_minutes: 480 });
    const reply = await pair(fixture.server.port, 'K7M4QP', 'Anna Berg');
    expect(reply).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: expect.any(String) as string } } });
  });

  it('pairs a seat with a code and a name: its own token, its kind; several seats per code', async () => {
    const f = await startSharing();
    const status = f.server.room.status();
    expect(status.sharing).toBe(true);
    expect(status.addresses).toEqual([`http://127.0.0.1:${f.port}`]);
    const logkeeper = codeOf(f.server, 'logkeeper');
    expect(logkeeper).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(status.codes.find((c) => c.kind === 'logkeeper')?.url).toBe(`http://127.0.0.1:${f.port}/?pair=${logkeeper.replace('-', '')}`);
    const a = await pair(f.port, logkeeper.toLowerCase(), '  Anna Berg ');
    const b = await pair(f.port, logkeeper, 'Bo Ek');
    expect(a).toEqual({ status: 200, body: { token: expect.any(String) as string, kind: 'logkeeper', actor_id: null } });
    expect(b.status).toBe(200);
    expect(a.body.token).not.toBe(b.body.token);
    expect(String(a.body.token).length).toBeGreaterThanOrEqual(32);
    const seats = f.server.room.status().seats;
    expect(seats.map((s) => [s.kind, s.name, s.address, s.connected])).toEqual([
      ['logkeeper', 'Anna Berg', '127.0.0.1', 0],
      ['logkeeper', 'Bo Ek', '127.0.0.1', 0],
    ]);
  });

  it('refuses bad pairing requests with a clear error and makes no seat', async () => {
    const f = await startSharing();
    const code = codeOf(f.server, 'lead');
    const cases: [Parameters<typeof rawRequest>[1], number, string][] = [
      [{ body: JSON.stringify({ code, name: '   ' }), type: 'application/json' }, 400, 'validation'],
      [{ body: JSON.stringify({ code, name: 'x'.repeat(101) }), type: 'application/json' }, 400, 'validation'],
      [{ body: '{"code":"' + code + '","name":"\\ud800"}', type: 'application/json' }, 400, 'validation'],
      [{ body: JSON.stringify({ code, name: 'Anna', extra: 1 }), type: 'application/json' }, 400, 'validation'],
      [{ body: '{"code":', type: 'application/json' }, 400, 'bad_request'],
      [{ body: Buffer.from([0x7b, 0xff, 0x7d]), type: 'application/json' }, 400, 'bad_request'],
      [{ body: JSON.stringify({ code, name: 'Anna' }), type: 'text/plain' }, 415, 'bad_request'],
      [{ body: JSON.stringify({ code, name: 'A'.repeat(5000) }), type: 'application/json' }, 413, 'bad_request'],
    ];
    for (const [request, status, errorCode] of cases) {
      const reply = await rawRequest(f.port, request);
      expect(reply.status, JSON.stringify(request.body).slice(0, 60)).toBe(status);
      expect(reply.body).toMatchObject({ error: { code: errorCode } });
    }
    expect((await rawRequest(f.port, { method: 'GET' })).status).toBe(405);
    expect(f.server.room.status().seats).toEqual([]);
  });

  it('goes on serving when a client drops a pairing request halfway through its body', async () => {
    const f = await startSharing();
    for (let i = 0; i < 3; i++) {
      const socket = tcpConnect(f.port, '127.0.0.1');
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(`POST /api/pair HTTP/1.1\r\nHost: 127.0.0.1:${f.port}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"code":"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reply = await pair(f.port, codeOf(f.server, 'lead'), 'Anna Berg');
    expect(reply.status).toBe(200);
  });

  it('rate-limits failed codes per address: 10 a minute, then 429 even for a good code', async () => {
    const f = await startSharing();
    for (let i = 0; i < 10; i++) expect((await pair(f.port, 'AAAAAA', 'Mallory')).status).toBe(401);
    const good = codeOf(f.server, 'lead');
    expect(await pair(f.port, good, 'Anna')).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    f.clock.advanceMinutes(1.01);
    expect((await pair(f.port, good, 'Anna')).status).toBe(200);
  });

  it('replaces a code on request: the old one stops pairing, seats paired with it stay', async () => {
    const f = await startSharing();
    const old = codeOf(f.server, 'communicator');
    const seat = await pair(f.port, old, 'Kim');
    const status = await f.core.dispatch('room.code', { kind: 'communicator' }, { role: 'staff', name: null, seat: { kind: 'host', id: 'host', actor_id: null, name: null } });
    expect(status.ok).toBe(true);
    expect(codeOf(f.server, 'communicator')).not.toBe(old);
    expect((await pair(f.port, old, 'Eve')).status).toBe(401);
    const socket = await rawSeat(f.port, String(seat.body.token));
    expect(await firstFrame(socket)).toMatchObject({ hello: { role: 'staff', seat: { kind: 'communicator', name: 'Kim' } } });
    socket.ws.close();
    // A liaison's code for an actor pairs that actor.
    f.server.room.code('liaison', 3);
    expect((await pair(f.port, codeOf(f.server, 'liaison', 3), 'Polisen, Per')).body).toMatchObject({ kind: 'liaison', actor_id: 3 });
  });

  it('revokes a seat at once: socket closed with 4401, token dead, its code replaced; other seats go on', async () => {
    const f = await startSharing();
    const code = codeOf(f.server, 'logkeeper');
    const a = await pair(f.port, code, 'Anna');
    const b = await pair(f.port, code, 'Bo');
    const socketA = await rawSeat(f.port, String(a.body.token));
    await firstFrame(socketA);
    await vi.waitFor(() => expect(f.server.room.status().seats[0]?.connected).toBe(1));
    const id = f.server.room.status().seats.find((s) => s.name === 'Anna')?.id ?? '';
    f.server.room.revoke(id);
    expect(await socketA.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    const again = await rawSeat(f.port, String(a.body.token));
    expect(await firstFrame(again)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await again.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    expect((await pair(f.port, code, 'Anna')).status).toBe(401);
    expect(codeOf(f.server, 'logkeeper')).not.toBe(code);
    const socketB = await rawSeat(f.port, String(b.body.token));
    expect(await firstFrame(socketB)).toMatchObject({ hello: { seat: { kind: 'logkeeper', name: 'Bo' } } });
    socketB.ws.close();
    expect(() => f.server.room.revoke(id)).toThrow(/no seat/);
  });

  it('lets a seat go when no socket of it has been open for the idle limit', async () => {
    const f = await startSharing({ idleMinutes: 30 });
    const code = codeOf(f.server, 'lead');
    const idle = await pair(f.port, code, 'Idle');
    const busy = await pair(f.port, code, 'Busy');
    const busySocket = await rawSeat(f.port, String(busy.body.token));
    await firstFrame(busySocket);
    f.clock.advanceMinutes(29);
    expect(f.server.room.status().seats.map((s) => s.name)).toEqual(['Idle', 'Busy']);
    f.clock.advanceMinutes(1);
    // Busy has a socket open: not idle however long.
    expect(f.server.room.status().seats.map((s) => s.name)).toEqual(['Busy']);
    const late = await rawSeat(f.port, String(idle.body.token));
    expect(await late.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    busySocket.ws.close();
    await vi.waitFor(() => expect(f.server.room.status().seats[0]?.connected).toBe(0));
    f.clock.advanceMinutes(30);
    expect(f.server.room.status().seats).toEqual([]);
  });

  it('sharing off closes the shared listener and drops every paired seat; on again, new codes', async () => {
    const f = await startSharing();
    const code = codeOf(f.server, 'wall');
    const wallSeat = await pair(f.port, code, 'Väggen');
    const socket = await rawSeat(f.port, String(wallSeat.body.token));
    await firstFrame(socket);
    expect(await accepts(f.port)).toBe(true);
    const off = await f.server.room.share(false);
    expect(off).toMatchObject({ sharing: false, addresses: [], codes: [], seats: [] });
    expect(await socket.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    expect(await accepts(f.port)).toBe(false);
    // The token is dead on the loopback listener too.
    const loopback = await rawSeat(f.server.port, String(wallSeat.body.token));
    expect(await loopback.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    await f.server.room.share(true);
    expect(codeOf(f.server, 'wall')).not.toBe(code);
  });

  it('listens on every interface by default, and on nothing beyond loopback once off', async () => {
    const fixture = await startRoomFixture({ host: undefined });
    const status = await fixture.server.room.share(true);
    const port = fixture.server.room.sharedPort ?? 0;
    expect(status.addresses.length).toBeGreaterThan(0);
    for (const address of status.addresses) expect(address).toMatch(new RegExp(`^http://[0-9.]+:${port}$`));
    expect(await accepts(port)).toBe(true);
    await fixture.server.room.share(false);
    expect(await accepts(port)).toBe(false);
  });

  it('says plainly when the shared port is taken, and when a code is asked for while not sharing', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', () => done()));
    const port = (taken.address() as AddressInfo).port;
    const fixture = await startRoomFixture({ port });
    const reply = await fixture.core.dispatch('room.share', { on: true }, host());
    expect(reply).toMatchObject({ ok: false, error: { code: 'share_failed', details: { reason: 'EADDRINUSE', port } } });
    expect(fixture.server.room.status().sharing).toBe(false);
    expect(await fixture.core.dispatch('room.code', { kind: 'lead' }, host())).toMatchObject({ ok: false, error: { code: 'sharing_off' } });
    await new Promise<void>((done) => taken.close(() => done()));
  });

  it('tells the host of each change by room.changed', async () => {
    const f = await startSharing();
    const seen: boolean[] = [];
    f.core.onEvent((e) => {
      if (e.event === 'room.changed') seen.push(e.data.sharing);
    });
    await pair(f.port, codeOf(f.server, 'lead'), 'Anna');
    await f.server.room.share(false);
    expect(seen).toEqual([true, false]);
  });
});

describe('the desktop app’s room (electron/main/room.ts)', () => {
  it('listens nowhere until the window switches sharing on, and stops with the app', async () => {
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    const stop = attachRoom(core, { rendererDir: tempDir(), resourcesDir: tempDir() });
    expect(await core.dispatch('room.status', {}, host())).toMatchObject({ ok: true, result: { sharing: false } });
    const on = await core.dispatch('room.share', { on: true }, host());
    const address = on.ok ? (on.result as { addresses: string[] }).addresses[0] : '';
    const port = Number(/:(\d+)$/.exec(address ?? '')?.[1]);
    expect(await accepts(port)).toBe(true);
    await stop();
    expect(await accepts(port)).toBe(false);
    expect(await core.dispatch('room.status', {}, host())).toMatchObject({ ok: false, error: { code: 'not_available' } });
    core.close();
  });
});
