import { staff } from '../callers.js';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newBoard, steppingClock } from './helpers.js';

describe('journal append', () => {
  it('stores an entry with UTC times, a chain hash, and defaults occurred_at to the recording time', async () => {
    const b = await newBoard({ now: steppingClock('2026-03-29T00:30:00.000Z') });
    const e = await b.call('journal.append', { kind: 'decision', text: '  Stab upprättad  ', significant: true });
    expect(e).toMatchObject({ seq: 1, kind: 'decision', text: 'Stab upprättad', actor: null, significant: true, corrects: null });
    expect(e.occurred_at).toBe(e.recorded_at);
    expect(e.recorded_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(e.by).toBe('Test Testsson');
    expect(e.record_seq).toBe(2); // after board.created
    const second = await b.call('journal.append', { kind: 'call', text: 'Samtal', actor: 'SMHI', occurred_at: '2026-03-29T03:15:00+02:00' });
    expect(second.seq).toBe(2);
    expect(second.record_seq).toBe(3);
    expect(second.occurred_at).toBe('2026-03-29T01:15:00.000Z');
    b.core.close();
  });

  it('refuses bad input and stores nothing', async () => {
    const b = await newBoard();
    for (const bad of [
      { kind: 'decision', text: '   ' },
      { kind: 'opinion', text: 'x' },
      { kind: 'call', text: 'x', occurred_at: '2026-03-29 10:00' },
      { kind: 'call', text: 'a\u0002b' },
      { kind: 'call', text: 'x'.repeat(20_001) },
      { kind: 'call', text: 'x', extra: true },
    ]) {
      const reply = await b.core.dispatch('journal.append', bad, staff());
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.code).toBe('validation');
    }
    expect((await b.call('journal.list', {})).total).toBe(0);
    b.core.close();
  });

  it('rejects UPDATE and DELETE on the journal table at the database level', async () => {
    const b = await newBoard();
    await b.call('journal.append', { kind: 'information', text: 'original' });
    b.core.close();
    const db = new Database(b.path);
    expect(() => db.prepare("UPDATE journal_entry SET text = 'changed'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM journal_entry').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT text FROM journal_entry').get()).toEqual({ text: 'original' });
    db.close();
  });
});

describe('journal corrections', () => {
  it('appends a correction that points to the original, which stays unchanged and links back', async () => {
    const b = await newBoard();
    const original = await b.call('journal.append', { kind: 'action', text: 'Evakuering av Sätra skola', actor: 'Räddningstjänsten' });
    const fix = await b.call('journal.correct', { seq: original.seq, text: 'Evakuering av Sätra förskola', reason: 'Fel byggnad' });
    expect(fix).toMatchObject({ seq: 2, corrects: 1, correction_reason: 'Fel byggnad', kind: 'action', actor: 'Räddningstjänsten', occurred_at: original.occurred_at });
    const shown = await b.call('journal.get', { seq: 1 });
    expect(shown).toMatchObject({ text: 'Evakuering av Sätra skola', corrected_by: 2 });
    expect((await b.call('journal.get', { seq: 2 })).corrected_by).toBeNull();
    b.core.close();
  });

  it('corrects an entry once only, and refuses unknown entries', async () => {
    const b = await newBoard();
    await b.call('journal.append', { kind: 'action', text: 'a' });
    await b.call('journal.correct', { seq: 1, text: 'b', reason: 'r' });
    const again = await b.core.dispatch('journal.correct', { seq: 1, text: 'c', reason: 'r' }, staff());
    expect(again).toMatchObject({ ok: false, error: { code: 'already_corrected', details: { seq: 1, corrected_by: 2 } } });
    const chained = await b.call('journal.correct', { seq: 2, text: 'c', reason: 'r2' });
    expect(chained.corrects).toBe(2);
    const missing = await b.core.dispatch('journal.correct', { seq: 99, text: 'c', reason: 'r' }, staff());
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const noReason = await b.core.dispatch('journal.correct', { seq: 3, text: 'c', reason: ' ' }, staff());
    expect(noReason).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await b.call('journal.list', {})).total).toBe(3);
    b.core.close();
  });
});

describe('journal list, search and filters', () => {
  async function seeded() {
    const b = await newBoard({ now: steppingClock('2026-11-23T08:00:00.000Z', 60_000) });
    await b.call('journal.append', { kind: 'incoming', text: 'Larm om brand i Åsa skola', actor: 'SOS Alarm', occurred_at: '2026-11-23T09:00:00+01:00' });
    await b.call('journal.append', { kind: 'decision', text: 'Beslut: öppna trygghetspunkt i Asa', significant: true, occurred_at: '2026-11-23T09:30:00+01:00' });
    await b.call('journal.append', { kind: 'call', text: 'BRANDEN släckt enligt räddningsledaren', actor: 'Räddningstjänsten', occurred_at: '2026-11-23T11:00:00+01:00' });
    await b.call('journal.append', { kind: 'outgoing', text: 'Pressmeddelande om branden', actor: 'Kommunikation', occurred_at: '2026-11-23T10:00:00+01:00' });
    return b;
  }

  it('lists newest first by when it happened', async () => {
    const b = await seeded();
    const { total, entries } = await b.call('journal.list', {});
    expect(total).toBe(4);
    expect(entries.map((e) => e.seq)).toEqual([3, 4, 2, 1]);
    b.core.close();
  });

  it('searches case-insensitively, by word prefix, with å ä ö distinct from a and o', async () => {
    const b = await seeded();
    const brand = await b.call('journal.list', { query: { search: 'brand' } });
    expect(brand.entries.map((e) => e.seq).sort()).toEqual([1, 3, 4]);
    const hit = brand.entries.find((e) => e.seq === 3);
    expect(hit?.highlights).toEqual([[0, 7]]);
    expect(hit && hit.text.slice(0, 7)).toBe('BRANDEN');
    expect((await b.call('journal.list', { query: { search: 'åsa' } })).entries.map((e) => e.seq)).toEqual([1]);
    expect((await b.call('journal.list', { query: { search: 'ÅSA' } })).entries.map((e) => e.seq)).toEqual([1]);
    expect((await b.call('journal.list', { query: { search: 'asa' } })).entries.map((e) => e.seq)).toEqual([2]);
    expect((await b.call('journal.list', { query: { search: 'brand larm' } })).entries.map((e) => e.seq)).toEqual([1]);
    b.core.close();
  });

  it('takes FTS syntax the user typed as plain words, never as an error', async () => {
    const b = await seeded();
    for (const q of ['"brand', 'brand AND', 'NEAR(', 'text:brand', '*', '()', '-']) {
      const reply = await b.core.dispatch('journal.list', { query: { search: q } }, staff());
      expect(reply.ok, q).toBe(true);
    }
    b.core.close();
  });

  it('filters by kind, actor, significant and time range, and combines them with search', async () => {
    const b = await seeded();
    const seqs = async (query: object) => (await b.call('journal.list', { query })).entries.map((e) => e.seq);
    expect(await seqs({ kinds: ['call', 'incoming'] })).toEqual([3, 1]);
    expect(await seqs({ actor: 'SOS Alarm' })).toEqual([1]);
    expect(await seqs({ significant: true })).toEqual([2]);
    expect(await seqs({ from: '2026-11-23T09:15:00+01:00', to: '2026-11-23T10:00:00+01:00' })).toEqual([4, 2]);
    expect(await seqs({ search: 'brand', kinds: ['outgoing'] })).toEqual([4]);
    expect((await b.call('journal.actors', {})).actors).toEqual(['Kommunikation', 'Räddningstjänsten', 'SOS Alarm']);
    b.core.close();
  });

  it('pages with offset and limit, and tells where an entry stands in a query', async () => {
    const b = await seeded();
    const page = await b.call('journal.list', { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => e.seq)).toEqual([4, 2]);
    expect((await b.call('journal.position', { seq: 2 })).index).toBe(2);
    expect((await b.call('journal.position', { seq: 1, query: { search: 'brand' } })).index).toBe(2);
    expect((await b.call('journal.position', { seq: 2, query: { search: 'brand' } })).index).toBeNull();
    b.core.close();
  });
});
