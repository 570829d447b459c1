import { describe, expect, it } from 'vitest';
import type { Reply } from '../../shared/api/errors.js';
import { REFUSALS } from '../../shared/domain/text.js';
import { verifyBoardFile } from '../../electron/core/index.js';
import { staff } from '../callers.js';
import { newBoard, type TestBoard } from './helpers.js';

const LONE_HIGH = '\ud800';
const HALF_EMOJI = '🚒'.slice(0, 1);

async function refused(b: TestBoard, method: string, params: unknown): Promise<string[]> {
  const reply: Reply<unknown> = await b.core.dispatch(method, params, staff());
  expect(reply.ok, `${method} ${JSON.stringify(params)} was accepted`).toBe(false);
  if (reply.ok) return [];
  expect(reply.error.code).toBe('validation');
  return (reply.error.issues ?? []).map((i) => i.message);
}

describe('text that is not well-formed Unicode', () => {
  it('is refused in every text field, and nothing is stored', async () => {
    const b = await newBoard();
    const first = await b.call('journal.append', { kind: 'information', text: 'Före' });
    for (const [method, params] of [
      ['journal.append', { kind: 'information', text: `a${LONE_HIGH}b` }],
      ['journal.append', { kind: 'information', text: `Brand i ${HALF_EMOJI}` }],
      ['journal.append', { kind: 'information', text: 'ok', actor: `SOS ${LONE_HIGH}` }],
      ['journal.append', { kind: 'information', text: '\udc00' }],
      ['journal.correct', { seq: first.seq, text: `x${LONE_HIGH}`, reason: 'fel' }],
      ['journal.correct', { seq: first.seq, text: 'x', reason: `fel ${HALF_EMOJI}` }],
      ['journal.correct', { seq: first.seq, text: 'x', reason: 'fel', actor: LONE_HIGH }],
      ['boards.create', { name: `Storm ${LONE_HIGH}`, kommun_code: '0180', exercise: true }],
    ] as const) {
      expect(await refused(b, method, params)).toContain(REFUSALS.not_well_formed);
    }
    expect((await b.call('journal.list', {})).total).toBe(1);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('is a validation error, not an internal one, in a search or an actor filter', async () => {
    const b = await newBoard();
    expect(await refused(b, 'journal.list', { query: { search: `brand ${LONE_HIGH}` } })).toContain(REFUSALS.not_well_formed);
    expect(await refused(b, 'journal.list', { query: { actor: HALF_EMOJI } })).toContain(REFUSALS.not_well_formed);
    expect(await refused(b, 'journal.position', { seq: 1, query: { search: LONE_HIGH } })).toContain(REFUSALS.not_well_formed);
    b.core.close();
  });

  it('keeps what was acknowledged, stored and hashed the same for real emoji and other scripts', async () => {
    const b = await newBoard();
    const text = 'Brand 🚒 i Gävle — 消防 — ‏עברית‏ — 👩‍🚒';
    const acknowledged = await b.call('journal.append', { kind: 'information', text, actor: 'Räddning 🚑' });
    expect(acknowledged.text).toBe(text);
    const stored = await b.call('journal.get', { seq: acknowledged.seq });
    expect(stored.text).toBe(text);
    expect(stored.actor).toBe('Räddning 🚑');
    expect(stored.record_seq).toBe(acknowledged.record_seq);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });
});

describe('control and invisible characters', () => {
  it('refuses C1 control characters like C0 ones', async () => {
    const b = await newBoard();
    for (const c of ['\u0080', '\u0085', '\u009f', '\u0002', '\u007f']) {
      expect(await refused(b, 'journal.append', { kind: 'call', text: `a${c}b` })).toContain(REFUSALS.control_chars);
      expect(await refused(b, 'boards.create', { name: `a${c}b`, kommun_code: '0180', exercise: true })).toContain(
        REFUSALS.control_chars,
      );
    }
    expect((await b.call('journal.append', { kind: 'call', text: 'rad ett\n\trad två' })).text).toBe('rad ett\n\trad två');
    b.core.close();
  });

  it('counts a text of only invisible characters as empty', async () => {
    const b = await newBoard();
    const invisible = ['\u200b', '\u200d\u200c', '\ufeff', '\u00a0\u3000', '\u2060\u00ad', '\u200e\u202e', '\ufe0f', '\u3164', ' \u200b \n'];
    for (const text of invisible) {
      expect(await refused(b, 'journal.append', { kind: 'call', text })).toContain(REFUSALS.empty);
      expect(await refused(b, 'boards.create', { name: text, kommun_code: '0180', exercise: true })).toContain(REFUSALS.empty);
    }
    const e = await b.call('journal.append', { kind: 'call', text: 'Samtal', actor: '\u200b\u200b' });
    expect(e.actor).toBeNull();
    // Visible text keeps its joiners: a family emoji is not an invisible text.
    expect((await b.call('journal.append', { kind: 'call', text: '👨‍👩‍👧' })).text).toBe('👨‍👩‍👧');
    b.core.close();
  });
});

describe('instants outside the supported range', () => {
  it('are a validation error that names the range, for entries and for list filters', async () => {
    const b = await newBoard();
    const e = await b.call('journal.append', { kind: 'call', text: 'x' });
    for (const [method, params] of [
      ['journal.append', { kind: 'call', text: 'x', occurred_at: '2300-01-01T00:00:00Z' }],
      ['journal.append', { kind: 'call', text: 'x', occurred_at: '1899-12-31T23:59:59Z' }],
      ['journal.append', { kind: 'call', text: 'x', occurred_at: '0001-01-01T00:00:00Z' }],
      ['journal.correct', { seq: e.seq, text: 'x', reason: 'y', occurred_at: '9999-12-31T23:59:59Z' }],
      ['journal.list', { query: { to: '9999-12-31T23:59:59Z' } }],
      ['journal.list', { query: { from: '1600-01-01T00:00:00+01:00' } }],
      ['journal.position', { seq: e.seq, query: { to: '2262-04-12T00:00:00Z' } }],
    ] as const) {
      const messages = await refused(b, method, params);
      expect(messages).toContain(REFUSALS.out_of_range);
      expect(REFUSALS.out_of_range).toMatch(/1900-01-01.*2199-12-31/);
    }
    expect((await b.call('journal.list', {})).total).toBe(1);
    b.core.close();
  });

  it('accepts the edges of the range', async () => {
    const b = await newBoard();
    const early = await b.call('journal.append', { kind: 'call', text: 'tidig', occurred_at: '1900-01-01T00:00:00Z' });
    const late = await b.call('journal.append', { kind: 'call', text: 'sen', occurred_at: '2199-12-31T23:59:59.999Z' });
    const list = await b.call('journal.list', { query: { from: '1900-01-01T00:00:00Z', to: '2199-12-31T23:59:59.999Z' } });
    expect(list.entries.map((x) => x.seq)).toEqual([late.seq, early.seq]);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });
});
