import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore, type Core } from '../../electron/core/index.js';
import { hostAllowed } from '../../electron/seats/host-check.js';
import { startSeatServer, type SeatServer } from '../../electron/seats/server.js';
import { connect } from './ws-client.js';

let core: Core;
let server: SeatServer;
let dir: string;
const tokens = { staff: 'staff-token-for-host-tests-0', wall: 'wall-token-for-host-tests-00' };

beforeAll(async () => {
  // One folder for the whole file: helpers' tempDir() is removed after each test.
  dir = mkdtempSync(join(tmpdir(), 'samlad-host-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Samlad</title>');
  writeFileSync(join(rendererDir, 'assets/index-1.js'), 'console.log(1)\n//# sourceMappingURL=index-1.js.map');
  writeFileSync(join(rendererDir, 'assets/index-1.js.map'), '{"version":3,"sources":["secret.ts"]}');
  core = createCore({ dataDir: join(dir, 'data'), watchIntervalMs: 0 });
  server = await startSeatServer({ core, rendererDir, tokens });
});

afterAll(async () => {
  await server.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GET a path with the Host header given, from 127.0.0.1. */
function get(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

/** Opens the socket with the Host header given: 'open' or the HTTP status of the refusal. */
function upgrade(host: string): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api?token=${tokens.staff}`, { headers: { host } });
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

describe('the Host header (DNS rebinding)', () => {
  it('serves pages and sockets only under the names the server listens on', async () => {
    const port = server.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect(await get('/', host)).toBe(200);
      expect(await upgrade(host)).toBe('open');
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, '127.0.0.1']) {
      expect(await get('/', host)).toBe(421);
      expect(await upgrade(host)).toBe(421);
    }
  });

  it('allows the machine’s own addresses when listening on every address, and nothing else', () => {
    const own = Object.values(networkInterfaces())
      .flat()
      .map((i) => i?.address)
      .filter((a): a is string => typeof a === 'string' && !a.includes(':'));
    expect(own.length).toBeGreaterThan(0);
    for (const address of own) expect(hostAllowed(`${address}:8080`, '0.0.0.0', 8080)).toBe(true);
    expect(hostAllowed('localhost:8080', '0.0.0.0', 8080)).toBe(true);
    expect(hostAllowed('attacker.example:8080', '0.0.0.0', 8080)).toBe(false);
    expect(hostAllowed(undefined, '127.0.0.1', 8080)).toBe(false);
    // The scheme's default port is left out of Host: 80 for http, 443 for https, and only then.
    expect(hostAllowed('localhost', '127.0.0.1', 80)).toBe(true);
    expect(hostAllowed('localhost', '127.0.0.1', 443, true)).toBe(true);
    expect(hostAllowed('localhost', '127.0.0.1', 443)).toBe(false);
    expect(hostAllowed('localhost', '127.0.0.1', 80, true)).toBe(false);
    // Listening on loopback only, the LAN addresses are not names of this server.
    const lan = own.find((a) => !a.startsWith('127.'));
    if (lan) expect(hostAllowed(`${lan}:8080`, '127.0.0.1', 8080)).toBe(false);
  });
});

describe('what the seat server serves', () => {
  it('never serves source maps', async () => {
    const host = `127.0.0.1:${server.port}`;
    expect(await get('/assets/index-1.js', host)).toBe(200);
    expect(await get('/assets/index-1.js.map', host)).toBe(404);
    expect(await get('/assets/INDEX-1.JS.MAP', host)).toBe(404);
    expect(await get('/assets/index-1.js%2Emap', host)).toBe(404);
  });

  it('lets the wall seat not list the recent boards (their paths), but the staff seat can', async () => {
    const wall = await connect(`ws://127.0.0.1:${server.port}/api?token=${tokens.wall}`);
    const staff = await connect(`ws://127.0.0.1:${server.port}/api?token=${tokens.staff}`);
    expect(await wall.call('boards.recent')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await staff.call('boards.recent')).toMatchObject({ ok: true, result: { boards: [] } });
    expect((await wall.call('boards.current')).ok).toBe(true);
    wall.close();
    staff.close();
  });
});
