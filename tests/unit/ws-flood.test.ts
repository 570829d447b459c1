import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../electron/core/index.js';
import { JournalReader, LIST_MAX_BYTES } from '../../electron/core/journal/list.js';
import { SEAT_LIMITS, type SeatLimits } from '../../electron/seats/connection.js';
import { startSeatServer, type SeatServer } from '../../electron/seats/server.js';
import { WS_MAX_FRAME_BYTES } from '../../shared/api/protocol.js';
import type { ListOutput } from '../../shared/domain/journal.js';
import { newBoard, tempDir, type TestBoard } from './helpers.js';
import { connect } from './ws-client.js';

/** What the server did per role: how many requests it had in hand at once, and in all. */
interface Load {
  dispatched: number;
  inHand: number;
  maxInHand: number;
}

/** The board's core, counting each role's dispatches and noticing when a seat is let go. */
function countingCore(core: Core): { core: Core; load: Record<string, Load>; released: string[] } {
  const load: Record<string, Load> = {};
  const released: string[] = [];
  const counted: Core = {
    ...core,
    dispatch: async (method, params, caller) => {
      const l = (load[caller.role] ??= { dispatched: 0, inHand: 0, maxInHand: 0 });
      l.dispatched++;
      l.inHand++;
      l.maxInHand = Math.max(l.maxInHand, l.inHand);
      // Counted in hand until the reply is on its way, as the seat's socket sees it.
      const reply = await core.dispatch(method, params, caller);
      setImmediate(() => l.inHand--);
      return reply;
    },
    onEvent: (listener) => {
      const off = core.onEvent(listener);
      return () => {
        released.push('seat');
        off();
      };
    },
  };
  return { core: counted, load, released };
}

let board: TestBoard | null = null;
let server: SeatServer | null = null;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.terminate();
  await server?.close();
  server = null;
  board?.core.close();
  board = null;
});

async function serve(entries: number, chars: number, limits: Partial<SeatLimits> = {}) {
  board = await newBoard();
  for (let i = 0; i < entries; i++) await board.call('journal.append', { kind: 'information', text: `${i} ${'€'.repeat(chars)}` });
  const counting = countingCore(board.core);
  server = await startSeatServer({ core: counting.core, rendererDir: tempDir(), limits });
  const ws = (url: string): string => url.replace('http://', 'ws://').replace('/?token=', '/api?token=');
  return { ...counting, staffUrl: ws(server.url), wallUrl: ws(server.wallUrl) };
}

/** A raw socket past its hello frame, counting the replies it reads. */
async function rawSeat(url: string): Promise<{ ws: WebSocket; replies: number[]; firstReply: Promise<void> }> {
  const ws = new WebSocket(url, { maxPayload: 256 * 1024 * 1024 });
  sockets.push(ws);
  const replies: number[] = [];
  let replied = (): void => undefined;
  const firstReply = new Promise<void>((resolve) => (replied = resolve));
  await new Promise<void>((resolve, reject) => {
    ws.once('message', () => {
      ws.on('message', (data) => {
        replies.push((JSON.parse(data.toString()) as { id: number }).id);
        replied();
      });
      resolve();
    });
    ws.once('error', reject);
  });
  return { ws, replies, firstReply };
}

describe('one seat flooding the seat server', () => {
  it('does not hold up another seat: the staff reply comes while the wall burst is still being answered', async () => {
    const BURST = 200;
    const { load, staffUrl, wallUrl } = await serve(20, 2_000);
    const wall = await rawSeat(wallUrl);
    const staff = await connect(staffUrl);
    sockets.push(staff.ws);

    for (let i = 0; i < BURST; i++) wall.ws.send(JSON.stringify({ id: i, method: 'journal.list', params: { limit: 500 } }));
    // The staff seat asks the moment the server is busy with the burst.
    await wall.firstReply;
    const reply = await staff.call('boards.current');
    const wallAnsweredBefore = wall.replies.length;
    expect(reply.ok).toBe(true);

    await vi.waitFor(() => expect(wall.replies).toHaveLength(BURST), { timeout: 60_000 });
    // The staff seat did not wait for the burst; the wall got every answer, in the order asked.
    expect(wallAnsweredBefore).toBeLessThan(BURST / 2);
    expect(wall.replies).toEqual([...Array(BURST).keys()]);
    // The server never had more of one seat's requests in hand than the bound (reading paused).
    expect(load.wall?.maxInHand).toBeLessThanOrEqual(SEAT_LIMITS.maxInFlight);
    expect(load.wall?.dispatched).toBe(BURST);
  }, 90_000);

  it('stops answering a seat that does not read its replies, and then lets it go', async () => {
    const BURST = 200;
    // Replies of about 1 MiB each: far more than any socket buffers between the two can hold.
    const { load, released, staffUrl, wallUrl } = await serve(20, 19_990, { maxBufferedBytes: 64 * 1024, stalledDropMs: 200 });
    const wall = await rawSeat(wallUrl);
    wall.ws.pause(); // never reads again
    const staff = await connect(staffUrl);
    sockets.push(staff.ws);
    for (let i = 0; i < BURST; i++) wall.ws.send(JSON.stringify({ id: i, method: 'journal.list', params: { limit: 500 } }));

    await vi.waitFor(() => expect(released).toContain('seat'), { timeout: 30_000 });
    // Only what fitted in the socket buffers was answered; the rest was never worked on.
    expect(load.wall?.dispatched ?? 0).toBeLessThan(BURST);
    expect(load.wall?.maxInHand).toBeLessThanOrEqual(SEAT_LIMITS.maxInFlight);
    expect((await staff.call('boards.current')).ok).toBe(true);
  }, 60_000);
});

describe('frames over the size limit', () => {
  it('close the socket with 1009 (message too big), and the server goes on', async () => {
    const { staffUrl } = await serve(0, 0);
    for (const size of [WS_MAX_FRAME_BYTES + 1, 20 * 1024 * 1024]) {
      const seat = await rawSeat(staffUrl);
      const closed = new Promise<number>((resolve) => seat.ws.once('close', (code) => resolve(code)));
      seat.ws.on('error', () => undefined);
      // Like a client busy sending: it reads nothing until the whole frame is out (or refused).
      seat.ws.pause();
      await new Promise<void>((resolve) =>
        seat.ws.send(JSON.stringify({ id: 1, method: 'boards.current', params: { pad: 'x'.repeat(size) } }), () => resolve()),
      );
      seat.ws.resume();
      expect(await closed).toBe(1009);
    }
    const staff = await connect(staffUrl);
    sockets.push(staff.ws);
    expect((await staff.call('boards.current')).ok).toBe(true);
  }, 60_000);
});

describe('journal.list pages by bytes as well as by count', () => {
  it('stops a page before it passes the byte bound, never below one entry, and paging on by offset gets every entry once', async () => {
    const ENTRIES = 40;
    const { staffUrl } = await serve(ENTRIES, 19_990);
    const staff = await connect(staffUrl);
    sockets.push(staff.ws);
    const seen: number[] = [];
    let pages = 0;
    for (;;) {
      const reply = await staff.call('journal.list', { offset: seen.length, limit: 500 });
      const page = reply.result as ListOutput;
      expect(page.total).toBe(ENTRIES);
      expect(page.entries.length).toBeGreaterThan(0);
      expect(Buffer.byteLength(JSON.stringify(page.entries))).toBeLessThanOrEqual(LIST_MAX_BYTES + 1024);
      seen.push(...page.entries.map((e) => e.seq));
      pages++;
      if (seen.length >= page.total) break;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen).toEqual([...Array(ENTRIES).keys()].map((i) => ENTRIES - i));
  }, 60_000);

  it('answers one entry even when that entry alone is over the bound', async () => {
    board = await newBoard();
    await board.call('journal.append', { kind: 'information', text: 'ett' });
    await board.call('journal.append', { kind: 'information', text: 'två' });
    const db = new Database(board.path, { readonly: true });
    const page = new JournalReader(db).list({}, 0, 500, 10);
    db.close();
    expect(page.entries.map((e) => e.seq)).toEqual([2]);
    expect(page.total).toBe(2);
  });
});
