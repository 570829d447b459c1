import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract.js';
import { createCore, type Core } from '../../electron/core/index.js';
import { startSeatServer, type SeatServer } from '../../electron/seats/server.js';
import { tempDir } from './helpers.js';
import { connect, connectRefused, type TestClient } from './ws-client.js';

const TEN_MB = 'å'.repeat(10 * 1024 * 1024 / 2);

let core: Core;
let server: SeatServer;
let staff: TestClient;
let wsUrl: (token: string | null) => string;
let tokens: { staff: string; wall: string };

beforeAll(async () => {
  core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
  tokens = { staff: 'staff-token-for-tests-000000', wall: 'wall-token-for-tests-0000000' };
  server = await startSeatServer({ core, rendererDir: tempDir(), tokens });
  wsUrl = (token) => `ws://127.0.0.1:${server.port}/api${token === null ? '' : `?token=${token}`}`;
  staff = await connect(wsUrl(tokens.staff));
  await staff.call('session.identify', { name: 'Sam Stabsson' });
  await staff.call('boards.create', { name: 'Skyfall', kommun_code: '0180', exercise: false });
  await staff.call('journal.append', { kind: 'decision', text: 'Första posten' });
});

afterAll(async () => {
  staff.close();
  await server.close();
  core.close();
});

/** What a bad call must leave untouched. */
async function snapshot() {
  const list = (await staff.call('journal.list', { limit: 500 })) as { result: { total: number; entries: { record_seq: number }[] } };
  const current = (await staff.call('boards.current')) as { result: { board: { id: string } | null } };
  const recent = (await staff.call('boards.recent')) as { result: unknown };
  return { total: list.result.total, head: list.result.entries[0]?.record_seq, board: current.result.board?.id, recent: recent.result };
}

function expectError(reply: Record<string, unknown>, code: string): void {
  expect(reply.ok, JSON.stringify(reply).slice(0, 300)).toBe(false);
  expect((reply.error as { code: string }).code).toBe(code);
  expect(typeof (reply.error as { message: unknown }).message).toBe('string');
}

describe('seat server under bad input', () => {
  it('refuses a socket without a token, with a wrong token, or on another path', async () => {
    for (const token of [null, 'guess', '']) {
      const refused = await connectRefused(wsUrl(token));
      expect(refused.code).toBe(4401);
      expect(refused.frame).toMatchObject({ id: null, ok: false, error: { code: 'unauthorized' } });
    }
    await expect(connect(`ws://127.0.0.1:${server.port}/other?token=${tokens.staff}`)).rejects.toThrow('HTTP 404');
  });

  it('answers malformed frames with bad_request and stays up', async () => {
    const before = await snapshot();
    expectError(await staff.sendRaw('this is not json'), 'bad_request');
    expectError(await staff.sendRaw(Buffer.from([1, 2, 3])), 'bad_request');
    expectError(await staff.sendRaw('[1,2,3]'), 'bad_request');
    expectError(await staff.sendRaw('{"method":"boards.current"}'), 'bad_request');
    expectError(await staff.sendRaw(JSON.stringify({ id: 1, method: 42 })), 'bad_request');
    expectError(await staff.sendRaw(JSON.stringify({ id: 2, method: TEN_MB })), 'bad_request');
    expectError(await staff.sendRaw(JSON.stringify({ id: 3, method: 'journal.list', params: {}, extra: 1 })), 'bad_request');
    expect(await snapshot()).toEqual(before);
  });

  it('answers unknown methods with unknown_method', async () => {
    for (const m of ['journal.delete', 'journal.update', '__proto__', 'constructor', 'toString', '']) {
      expectError(await staff.call(m, {}), 'unknown_method');
    }
  });

  it('answers every method sent malformed params with a validation error and changes nothing', async () => {
    const before = await snapshot();
    const generic: unknown[] = [null, 'x', 42, true, [1], { unexpected: 1 }, { unexpected: TEN_MB }];
    for (const method of METHOD_NAMES) {
      for (const params of generic) expectError(await staff.call(method, params), 'validation');
    }
    const specific: [string, unknown][] = [
      ['journal.append', { kind: 1, text: [] }],
      ['journal.append', { text: 'kind missing' }],
      ['journal.append', { kind: 'decision' }],
      ['journal.append', { kind: 'decision', text: TEN_MB }],
      ['journal.append', { kind: 'decision', text: 'x', actor: TEN_MB }],
      ['journal.append', { kind: 'decision', text: 'x', occurred_at: 'igår' }],
      ['journal.append', { kind: 'decision', text: 'x', significant: 'ja' }],
      ['journal.correct', { seq: '1', text: 'x', reason: 'y' }],
      ['journal.correct', { seq: 1, text: 'x' }],
      ['journal.correct', { seq: 1, text: 'x', reason: TEN_MB }],
      ['journal.correct', { seq: -1, text: 'x', reason: 'y' }],
      ['journal.list', { offset: -1 }],
      ['journal.list', { limit: 100_000 }],
      ['journal.list', { query: { search: TEN_MB } }],
      ['journal.list', { query: { kinds: ['beslut'] } }],
      ['journal.list', { query: { from: 'now' } }],
      ['journal.get', { seq: 0 }],
      ['journal.get', { seq: 1.5 }],
      ['journal.position', { seq: 'x' }],
      ['boards.create', { name: TEN_MB, kommun_code: '0180', exercise: false }],
      ['boards.create', { name: 'x', kommun_code: '9999', exercise: false }],
      ['boards.create', { name: 'x', kommun_code: '0180' }],
      ['boards.create', { name: 'x', kommun_code: '0180', exercise: false, path: '/etc/passwd' }],
      ['boards.open', { id: TEN_MB }],
      ['boards.open', { path: '/etc/passwd' }],
    ];
    for (const [method, params] of specific) expectError(await staff.call(method, params), 'validation');
    expect(await snapshot()).toEqual(before);
    // Still serving, and still writing when asked properly.
    const ok = await staff.call('journal.append', { kind: 'information', text: 'Servern lever' });
    expect(ok.ok).toBe(true);
  }, 120_000);

  it('lets a wall seat read but not write', async () => {
    const wall = await connect(wsUrl(tokens.wall));
    expect(wall.hello.role).toBe('wall');
    const before = await snapshot();
    expect((await wall.call('journal.list', {})).ok).toBe(true);
    for (const [method, params] of [
      ['journal.append', { kind: 'decision', text: 'från väggen' }],
      ['journal.correct', { seq: 1, text: 'x', reason: 'y' }],
      ['boards.create', { name: 'x', kommun_code: '0180', exercise: false }],
      ['boards.close', {}],
    ] as const) {
      expectError(await wall.call(method, params), 'forbidden');
    }
    expect(await snapshot()).toEqual(before);
    wall.close();
  });

  it('pushes committed entries to every connected seat', async () => {
    const other = await connect(wsUrl(tokens.wall));
    await staff.call('journal.append', { kind: 'call', text: 'Händelse till alla' });
    await new Promise((r) => setTimeout(r, 100));
    const pushed = other.events.find((e) => e.event === 'journal.appended');
    expect((pushed?.data as { entry: { text: string } } | undefined)?.entry.text).toBe('Händelse till alla');
    other.close();
  });
});
