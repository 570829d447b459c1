import { describe, expect, it, onTestFinished, vi } from 'vitest';
import WebSocket from 'ws';
import type { SeatLimits } from '../../electron/seats/connection.js';
import { startSeatServer, type SeatServer } from '../../electron/seats/server.js';
import { staff } from '../callers.js';
import { newBoard, tempDir, type TestBoard } from './helpers.js';

// Event frames leave at the end of the writer's turn (the writer's reply does not wait on the
// other seats' sockets). What must still hold: every seat gets every event in commit order, a
// reply never overtakes an event committed before it, and a seat that does not read is let go
// even while its backlog waits on the server rather than in the socket.

/** A board and its seat server, closed when the test ends. */
async function serve(limits: Partial<SeatLimits> = {}): Promise<{ board: TestBoard; server: SeatServer }> {
  const board = await newBoard();
  const server = await startSeatServer({ core: board.core, rendererDir: tempDir(), limits });
  onTestFinished(async () => {
    await server.close();
    board.core.close();
  });
  return { board, server };
}

interface Frame {
  id?: number;
  event?: string;
  data?: { entry?: { seq: number; text: string } };
}

/** A raw staff socket past its hello, keeping every frame in the order it came. */
async function seat(url: string): Promise<{ ws: WebSocket; frames: Frame[] }> {
  const ws = new WebSocket(url.replace('http://', 'ws://').replace('/?token=', '/api?token='));
  onTestFinished(() => ws.terminate());
  const frames: Frame[] = [];
  await new Promise<void>((resolve, reject) => {
    ws.once('message', () => {
      ws.on('message', (data) => frames.push(JSON.parse(data.toString()) as Frame));
      resolve();
    });
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ id: 0, method: 'session.identify', params: { name: 'Anna Berg' } }));
  await vi.waitFor(() => expect(frames.some((f) => f.id === 0)).toBe(true));
  frames.length = 0;
  return { ws, frames };
}

const appended = (frames: Frame[]): number[] => frames.filter((f) => f.event === 'journal.appended').map((f) => f.data?.entry?.seq ?? -1);

describe('change events to the seats', () => {
  it('reach every seat in commit order, and a writing seat gets its own event before its reply', async () => {
    const { board, server } = await serve();
    const writer = await seat(server.url);
    const other = await seat(server.url);

    // Ten writes sent at once by one seat, and five by the window (in-process) in between.
    for (let i = 1; i <= 10; i++) writer.ws.send(JSON.stringify({ id: i, method: 'journal.append', params: { kind: 'information', text: `seat ${i}` } }));
    for (let i = 1; i <= 5; i++) await board.core.dispatch('journal.append', { kind: 'call', text: `window ${i}` }, staff('Bo Ek'));
    await vi.waitFor(() => expect(appended(other.frames)).toHaveLength(15));
    await vi.waitFor(() => expect(writer.frames.filter((f) => f.id !== undefined)).toHaveLength(10));

    const committed = [...Array(15).keys()].map((i) => i + 1);
    expect(appended(other.frames)).toEqual(committed);
    expect(appended(writer.frames)).toEqual(committed);
    // Each reply comes after the event of the entry it answers with.
    for (const reply of writer.frames.filter((f) => f.id !== undefined)) {
      const seq = (reply as { result?: { seq: number } }).result?.seq;
      const replyAt = writer.frames.indexOf(reply);
      const eventAt = writer.frames.findIndex((f) => f.event === 'journal.appended' && f.data?.entry?.seq === seq);
      expect(eventAt).toBeGreaterThanOrEqual(0);
      expect(eventAt).toBeLessThan(replyAt);
    }
  });

  it('let a seat go that does not read, when its backlog of events passes the bound before the turn ends', async () => {
    const { board, server } = await serve({ dropBufferedBytes: 64 * 1024 });
    const sleeper = await seat(server.url);
    const closed = new Promise<number>((resolve) => sleeper.ws.once('close', (code) => resolve(code)));
    sleeper.ws.pause();
    // Twenty entries of 8 000 characters, committed in one turn: their events wait together.
    const writes = [...Array(20).keys()].map((i) => board.core.dispatch('journal.append', { kind: 'information', text: `${i} ${'x'.repeat(8_000)}` }, staff('Bo Ek')));
    const replies = await Promise.all(writes);
    expect(replies.every((r) => r.ok)).toBe(true);
    sleeper.ws.resume();
    expect(await closed).toBe(1006);
    // Nothing written was lost by letting the seat go.
    const list = await board.call('journal.list', { limit: 50 });
    expect((list as { total: number }).total).toBe(20);
  });
});
