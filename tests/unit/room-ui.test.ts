import { describe, expect, it } from 'vitest';
import { seatFromHello } from '../../renderer/src/api/seat';
import { chosenLayout, layoutForKind, layoutsFor, nextLayout } from '../../renderer/src/panes/layouts';
import { groupCode, normalizeCode } from '../../renderer/src/room/codeFormat';
import { pairFailure, pairReply } from '../../renderer/src/room/pair';
import { QR_QUIET_MODULES, qrDrawing } from '../../renderer/src/room/qrMatrix';
import { SEAT_KINDS } from '../../shared/room/contract';

// The renderer's side of the room (issue 13): codes as people read them, the QR drawing, what a
// pairing answer means, who the hello says a seat is, and which view each kind of seat starts in.

describe('pairing codes as people read and type them', () => {
  it('groups a code in threes with a dash, upper case', () => {
    expect(groupCode('K7M4QP')).toBe('K7M-4QP');
    expect(groupCode('k7m4qp')).toBe('K7M-4QP');
    expect(groupCode('K7M-4QP')).toBe('K7M-4QP');
    expect(groupCode('ABCDEFG')).toBe('ABC-DEF-G');
    expect(groupCode('')).toBe('');
  });

  it('reads what was typed as the code itself: spaces, dashes and other marks gone', () => {
    expect(normalizeCode(' k7m - 4qp ')).toBe('K7M4QP');
    expect(normalizeCode('K7M–4QP\n')).toBe('K7M4QP');
    expect(normalizeCode('<script>')).toBe('SCRIPT');
  });
});

describe('the QR code of a pairing address', () => {
  const url = 'http://192.168.1.20:41823/?pair=K7M4QP';
  const { size, path } = qrDrawing(url);
  const squares = [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

  it('draws every dark module inside a quiet zone of four light modules on each side', () => {
    expect(squares.length).toBeGreaterThan(100);
    expect(path).toBe(squares.map(([x, y]) => `M${x} ${y}h1v1h-1z`).join(''));
    const xs = squares.map(([x]) => x);
    const ys = squares.map(([, y]) => y);
    expect(Math.min(...xs)).toBe(QR_QUIET_MODULES);
    expect(Math.min(...ys)).toBe(QR_QUIET_MODULES);
    expect(Math.max(...xs)).toBe(size - QR_QUIET_MODULES - 1);
    expect(Math.max(...ys)).toBe(size - QR_QUIET_MODULES - 1);
  });

  it('has its finder pattern in the top left corner (a 7×7 dark ring), so scanners find it', () => {
    const dark = new Set(squares.map(([x, y]) => `${x},${y}`));
    const q = QR_QUIET_MODULES;
    for (let i = 0; i < 7; i++) {
      expect(dark.has(`${q + i},${q}`)).toBe(true);
      expect(dark.has(`${q},${q + i}`)).toBe(true);
      expect(dark.has(`${q + 6},${q + i}`)).toBe(true);
    }
    expect(dark.has(`${q + 1},${q + 1}`)).toBe(false);
  });

  it('differs for another code', () => {
    expect(qrDrawing('http://192.168.1.20:41823/?pair=X2Y3Z4').path).not.toBe(path);
  });
});

describe('what an answer to POST /api/pair means', () => {
  it('a refused code is said as such; other refusals by their code, else their status', () => {
    expect(pairFailure(401)).toBe('badCode');
    expect(pairFailure(403)).toBe('badCode');
    expect(pairFailure(404)).toBe('badCode');
    expect(pairFailure(400)).toBe('badInput');
    expect(pairFailure(429)).toBe('tooMany');
    expect(pairFailure(503)).toBe('notSharing');
    expect(pairFailure(500)).toBe('other');
    expect(pairFailure(400, { error: { code: 'rate_limited', message: 'x' } })).toBe('tooMany');
    expect(pairFailure(400, { error: { code: 'unauthorized', message: 'x' } })).toBe('badCode');
    expect(pairFailure(401, { error: { code: '__proto__' } })).toBe('badCode');
    expect(pairFailure(401, 'not json')).toBe('badCode');
  });

  it('takes a good answer only with a token and a known kind', () => {
    expect(pairReply({ token: 't0k', kind: 'logkeeper', actor_id: null })).toEqual({ token: 't0k', kind: 'logkeeper', actor_id: null });
    expect(pairReply({ token: 't0k', kind: 'liaison', actor_id: 7 })).toEqual({ token: 't0k', kind: 'liaison', actor_id: 7 });
    expect(pairReply({ token: 't0k', kind: 'liaison', actor_id: -1 })).toEqual({ token: 't0k', kind: 'liaison', actor_id: null });
    expect(pairReply({ token: 't0k', kind: 'host', actor_id: null })).toBeNull();
    expect(pairReply({ token: '', kind: 'wall' })).toBeNull();
    expect(pairReply({ kind: 'wall' })).toBeNull();
    expect(pairReply(null)).toBeNull();
  });
});

describe('who the hello says a seat is', () => {
  it('reads the seat beside the role; anything else is no seat', () => {
    expect(seatFromHello({ role: 'staff', seat: { kind: 'host', actor_id: null, name: null } })).toEqual({ kind: 'host', actor_id: null, name: null });
    expect(seatFromHello({ role: 'staff', seat: { kind: 'liaison', actor_id: 3, name: ' Lisa ' } })).toEqual({ kind: 'liaison', actor_id: 3, name: 'Lisa' });
    expect(seatFromHello({ role: 'staff', seat: { kind: 'admin', actor_id: null, name: null } })).toBeNull();
    expect(seatFromHello({ role: 'staff', seat: { kind: 'logkeeper', actor_id: 'x', name: 5 } })).toEqual({ kind: 'logkeeper', actor_id: null, name: null });
    expect(seatFromHello({ role: 'staff' })).toBeNull();
    expect(seatFromHello({ role: 'staff', seat: ['host'] })).toBeNull();
  });
});

describe('the view each kind of seat starts in', () => {
  it('maps each paired kind to its own view; the host keeps its choice', () => {
    expect(SEAT_KINDS.map((k) => layoutForKind(k))).toEqual(['lead', 'logkeeper', 'communicator', 'liaison', 'wall']);
    expect(layoutForKind('host')).toBeNull();
  });

  it('starts a paired seat in its kind\'s view, and keeps a choice it made since', () => {
    expect(chosenLayout('staff', null, 'communicator').id).toBe('communicator');
    expect(chosenLayout('staff', null, 'liaison').id).toBe('liaison');
    expect(chosenLayout('staff', null, 'lead').id).toBe('lead');
    expect(chosenLayout('wall', null, 'wall').id).toBe('wall');
    expect(chosenLayout('staff', 'journal-nonsense', 'lead').id).toBe('lead');
    expect(chosenLayout('staff', 'reporter', 'liaison').id).toBe('reporter');
    expect(chosenLayout('staff', null, 'host').id).toBe('logkeeper');
  });

  it('offers the room only to the host and the liaison view only to a liaison; Alt+L goes round them', () => {
    expect(layoutsFor('staff', 'host').map((l) => l.id)).toEqual(['logkeeper', 'communicator', 'lead', 'reporter', 'room']);
    expect(layoutsFor('staff', 'liaison').map((l) => l.id)).toEqual(['logkeeper', 'communicator', 'lead', 'reporter', 'liaison']);
    expect(layoutsFor('staff', 'logkeeper').map((l) => l.id)).not.toContain('room');
    expect(layoutsFor('staff', null).map((l) => l.id)).toEqual(['logkeeper', 'communicator', 'lead', 'reporter']);
    // A stored room view on a seat that is not the host is not shown: its kind's view instead.
    expect(chosenLayout('staff', 'room', 'logkeeper').id).toBe('logkeeper');
    expect(chosenLayout('staff', 'room', 'host').id).toBe('room');
    expect(nextLayout('staff', 'reporter', 'host').id).toBe('room');
    expect(nextLayout('staff', 'room', 'host').id).toBe('logkeeper');
    expect(layoutsFor('wall', 'wall').map((l) => l.id)).toEqual(['wall']);
  });
});

describe('an op_id on a seat of the room', () => {
  it('is made without randomUUID (missing over plain http from another machine) and fits the protocol', async () => {
    const { newOpId } = await import('../../renderer/src/api/opId');
    const { OP_ID_PATTERN } = await import('../../shared/api/bridge');
    const real = globalThis.crypto;
    // What a page over plain http from another machine has: getRandomValues, no randomUUID.
    const cryptoWithout = { getRandomValues: real.getRandomValues.bind(real) } as unknown as Crypto;
    Object.defineProperty(globalThis, 'crypto', { value: cryptoWithout, configurable: true });
    try {
      const ids = Array.from({ length: 50 }, () => newOpId());
      for (const id of ids) expect(id).toMatch(OP_ID_PATTERN);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: real, configurable: true });
    }
  });
});
