import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { createCore, type Core } from '../../electron/core/index.js';
import { startSeatServer, type SeatServer, type SeatServerOptions } from '../../electron/seats/server.js';

/** A seat server on a fresh core, with a clock the test moves; `share` options as given. */
export interface RoomFixture {
  core: Core;
  server: SeatServer;
  clock: { now: Date; advanceMinutes(minutes: number): void };
  close(): Promise<void>;
}

/** A board with its seat server on a hand clock; closed (and its folder removed) when the test ends. */
export async function startRoomFixture(share: SeatServerOptions['share'] = {}): Promise<RoomFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-room-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Samlad</title>');
  const clock = {
    now: new Date('2026-03-01T08:00:00Z'),
    advanceMinutes(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  const core = createCore({ dataDir: join(dir, 'data'), watchIntervalMs: 0, seedActors: false });
  const server = await startSeatServer({ core, rendererDir, share: { host: '127.0.0.1', now: () => clock.now, ...share } });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  };
  onTestFinished(close);
  return { core, server, clock, close };
}

/** A fixture with sharing switched on, and the shared listener's port. */
export async function startSharing(share: SeatServerOptions['share'] = {}): Promise<RoomFixture & { port: number }> {
  const fixture = await startRoomFixture(share);
  await fixture.server.room.share(true);
  const port = fixture.server.room.sharedPort;
  if (port === null) {
    await fixture.close();
    throw new Error('not sharing');
  }
  return { ...fixture, port };
}

export interface HttpReply {
  status: number;
  body: Record<string, unknown>;
}

function parsedOrText(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { text };
  }
}

/** A raw request to 127.0.0.1:port (HTTPS with any certificate when `tls`). */
export function rawRequest(port: number, options: { method?: string; path?: string; body?: string | Buffer; type?: string; tls?: boolean }): Promise<HttpReply> {
  const request = options.tls ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path ?? '/api/pair',
        headers: { host: `127.0.0.1:${port}`, ...(options.type === undefined ? {} : { 'content-type': options.type }) },
        rejectUnauthorized: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          resolve({ status: res.statusCode ?? 0, body: parsedOrText(text) });
        });
      },
    );
    req.once('error', reject);
    req.end(options.body);
  });
}

/** POST /api/pair {code, name} as a seat's page does. */
export function pair(port: number, code: string, name: string, tls = false): Promise<HttpReply> {
  return rawRequest(port, { body: JSON.stringify({ code, name }), type: 'application/json', tls });
}

/** The code shown for a kind (grouped, as the host sees it). */
export function codeOf(server: SeatServer, kind: string, actorId: number | null = null): string {
  const found = server.room.status().codes.find((c) => c.kind === kind && c.actor_id === actorId);
  if (!found) throw new Error(`no code for ${kind}`);
  return found.code;
}

export interface RawSeat {
  ws: WebSocket;
  frames: Record<string, unknown>[];
  closed: Promise<number>;
  /** The next frame that answers request `id`. */
  reply(id: number): Promise<Record<string, unknown>>;
  send(frame: unknown): void;
}

/** Opens a raw socket with ?token= and records every frame and the close code. */
export function rawSeat(port: number, token: string, tls = false): Promise<RawSeat> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${tls ? 'wss' : 'ws'}://127.0.0.1:${port}/api?token=${encodeURIComponent(token)}`, { rejectUnauthorized: false });
    const frames: Record<string, unknown>[] = [];
    const waiting = new Map<number, (f: Record<string, unknown>) => void>();
    const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Record<string, unknown>;
      frames.push(frame);
      if (typeof frame.id === 'number') waiting.get(frame.id)?.(frame);
    });
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('open', () =>
      resolve({
        ws,
        frames,
        closed,
        reply: (id) => {
          const earlier = frames.find((f) => f.id === id);
          if (earlier) return Promise.resolve(earlier);
          return new Promise((done) => waiting.set(id, done));
        },
        send: (frame) => ws.send(JSON.stringify(frame)),
      }),
    );
  });
}

/** Waits for the first frame (hello or the refusal) of a raw seat. */
export async function firstFrame(seat: RawSeat): Promise<Record<string, unknown>> {
  for (;;) {
    const first = seat.frames[0];
    if (first) return first;
    await new Promise((r) => setTimeout(r, 5));
  }
}
