import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WS_CLOSE_UNAUTHORIZED } from '../../shared/api/protocol.js';
import { codeOf, firstFrame, pair, rawRequest, rawSeat, startSharing, type RawSeat, type RoomFixture } from './room-fixture.js';

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('token') ?? '';
}

/** Sends a request frame and waits for its reply. */
async function call(seat: RawSeat, id: number, method: string, params: unknown = {}): Promise<Record<string, unknown>> {
  seat.send({ id, method, params });
  return seat.reply(id);
}

async function pairedSeat(f: RoomFixture & { port: number }, kind: string, name: string): Promise<RawSeat> {
  const reply = await pair(f.port, codeOf(f.server, kind), name);
  const seat = await rawSeat(f.port, String(reply.body.token));
  await firstFrame(seat);
  return seat;
}

describe('paired seats over raw WebSocket', () => {
  it('a wall seat is read only: its write is refused and changes nothing', async () => {
    const f = await startSharing();
    const host = await rawSeat(f.server.port, tokenOf(f.server.url));
    expect(await firstFrame(host)).toMatchObject({ hello: { role: 'staff', seat: { kind: 'host', actor_id: null, name: null } } });
    await call(host, 1, 'session.identify', { name: 'Värd' });
    expect(await call(host, 2, 'boards.create', { name: 'Övning', kommun_code: '1480', exercise: true })).toMatchObject({ ok: true });
    const wall = await pairedSeat(f, 'wall', 'Väggen');
    expect(wall.frames[0]).toMatchObject({ hello: { role: 'wall', seat: { kind: 'wall', name: 'Väggen' } } });
    expect(await call(wall, 1, 'journal.append', { kind: 'information', text: 'från väggen' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(wall, 2, 'room.share', { on: false })).toMatchObject({ ok: false, error: { code: 'host_only' } });
    expect(await call(wall, 3, 'journal.list', {})).toMatchObject({ ok: true, result: { total: 0 } });
    // Contact details stay on the server: not in the wall seat's answers, nor in its events.
    const added = await call(host, 3, 'actors.add', { name: 'SMHI', contacts: [{ name: 'Vakthavande', phone: '+46 11 495 80 00' }] });
    expect(added).toMatchObject({ ok: true });
    const listed = await call(wall, 4, 'actors.list', {});
    expect(JSON.stringify(listed)).toContain('SMHI');
    expect(JSON.stringify(listed)).not.toContain('495 80 00');
    await call(wall, 5, 'record.head');
    expect(wall.frames.some((fr) => fr.event === 'actor.changed')).toBe(true);
    expect(JSON.stringify(wall.frames)).not.toContain('495 80 00');
  });

  it('a paired staff seat writes with its paired name and seat; it cannot run the room; room.changed reaches the host only', async () => {
    const f = await startSharing();
    const host = await rawSeat(f.server.port, tokenOf(f.server.url));
    await firstFrame(host);
    await call(host, 1, 'session.identify', { name: 'Värd' });
    await call(host, 2, 'boards.create', { name: 'Övning', kommun_code: '1480', exercise: true });
    const logkeeper = await pairedSeat(f, 'logkeeper', 'Anna Berg');
    const id = f.server.room.status().seats[0]?.id ?? '';
    const written = await call(logkeeper, 1, 'journal.append', { kind: 'information', text: 'Vattnet stiger' });
    expect(written).toMatchObject({ ok: true, result: { by: `Anna Berg (loggförare, plats ${id})` } });
    // session.identify does not change whose name a paired seat's records carry.
    await call(logkeeper, 2, 'session.identify', { name: 'Någon annan' });
    expect(await call(logkeeper, 3, 'journal.append', { kind: 'information', text: 'Igen' })).toMatchObject({ result: { by: `Anna Berg (loggförare, plats ${id})` } });
    expect(await call(logkeeper, 4, 'room.status')).toMatchObject({ ok: false, error: { code: 'host_only' } });
    expect(await call(host, 3, 'room.status')).toMatchObject({ ok: true, result: { sharing: true } });
    await f.server.room.share(false);
    expect(await logkeeper.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    await call(host, 4, 'record.head');
    expect(host.frames.some((fr) => fr.event === 'room.changed')).toBe(true);
    expect(logkeeper.frames.some((fr) => fr.event === 'room.changed')).toBe(false);
    expect(logkeeper.frames.some((fr) => fr.event === 'journal.appended')).toBe(true);
  });

  it('refuses missing, wrong and revoked tokens with 4401, and the host’s fixed tokens on the shared listener', async () => {
    const f = await startSharing();
    for (const token of ['', 'wrong', 'x'.repeat(500), tokenOf(f.server.url), tokenOf(f.server.wallUrl)]) {
      const seat = await rawSeat(f.port, token);
      expect(await firstFrame(seat), token.slice(0, 10)).toMatchObject({ id: null, ok: false, error: { code: 'unauthorized' } });
      expect(await seat.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    }
    const lead = await pairedSeat(f, 'lead', 'Lena');
    const token = new URL(lead.ws.url).searchParams.get('token') ?? '';
    f.server.room.revoke(f.server.room.status().seats[0]?.id ?? '');
    expect(await lead.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    const again = await rawSeat(f.port, token);
    expect(await again.closed).toBe(WS_CLOSE_UNAUTHORIZED);
    expect(again.frames).toEqual([{ id: null, ok: false, error: { code: 'unauthorized', message: expect.any(String) as string } }]);
  });

  it('gives background tiles on the network to paired seats only (they are fetched with the board’s key)', async () => {
    const f = await startSharing();
    const tile = (port: number, token?: string) => rawRequest(port, { method: 'GET', path: `/tiles/1/0/0/0${token === undefined ? '' : `?token=${token}`}` });
    expect((await tile(f.port)).status).toBe(401);
    expect((await tile(f.port, 'wrong')).status).toBe(401);
    expect((await tile(f.port, tokenOf(f.server.url))).status).toBe(401);
    const reply = await pair(f.port, codeOf(f.server, 'logkeeper'), 'Lo');
    const token = String(reply.body.token);
    // Past the gate: no board is open, so there is no such layer.
    expect((await tile(f.port, token)).status).toBe(404);
    // The host's own loopback listener is this machine only: its page needs no token for tiles.
    expect((await tile(Number(new URL(f.server.url).port))).status).toBe(404);
    f.server.room.revoke(f.server.room.status().seats[0]?.id ?? '');
    expect((await tile(f.port, token)).status).toBe(401);
  });

  it('refuses a page on another name (Host) and another site (Origin) on the shared listener', async () => {
    const f = await startSharing();
    const code = codeOf(f.server, 'lead');
    const body = JSON.stringify({ code, name: 'Anna' });
    const { request } = await import('node:http');
    const post = (headers: Record<string, string>): Promise<number> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: f.port, method: 'POST', path: '/api/pair', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.once('error', reject);
        req.end(body);
      });
    expect(await post({ host: 'evil.example:80' })).toBe(421);
    expect(await post({ host: `127.0.0.1:${f.port}`, origin: 'http://evil.example' })).toBe(403);
    expect(f.server.room.status().seats).toEqual([]);
  });
});

describe('HTTPS on the shared listener', () => {
  it('serves pairing and the socket over TLS with the host’s certificate, and nothing in plain HTTP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samlad-tls-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    const f = await startSharing({ tls: { cert: readFileSync(cert), key: readFileSync(key) } });
    const status = f.server.room.status();
    expect(status.https).toBe(true);
    expect(status.addresses).toEqual([`https://127.0.0.1:${f.port}`]);
    expect(status.codes[0]?.url).toMatch(/^https:\/\//);
    const paired = await pair(f.port, codeOf(f.server, 'communicator'), 'Kim', true);
    expect(paired).toMatchObject({ status: 200, body: { kind: 'communicator' } });
    const seat = await rawSeat(f.port, String(paired.body.token), true);
    expect(await firstFrame(seat)).toMatchObject({ hello: { role: 'staff', seat: { kind: 'communicator', name: 'Kim' } } });
    seat.ws.close();
    await expect(rawRequest(f.port, { body: '{}', type: 'application/json' })).rejects.toThrow();
  });
});
