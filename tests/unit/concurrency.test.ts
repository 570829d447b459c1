import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyBoard } from '../../electron/core/record/verify.js';
import { PROJECTIONS } from '../../electron/core/projections.js';
import { startWriter } from './child-writer.js';
import { newBoard } from './helpers.js';

describe('several processes writing one board', () => {
  it('lose no entry and keep one unbroken chain; the app sees the others commits as events', async () => {
    const b = await newBoard({ watchIntervalMs: 50 });
    const seen: number[] = [];
    b.core.onEvent((e) => {
      if (e.event === 'journal.appended') seen.push(e.data.entry.seq);
    });
    const perWriter = 60;
    const writers = ['a', 'b', 'c'].map((tag) => startWriter(b.path, tag, perWriter));
    for (let i = 0; i < perWriter; i++) await b.call('journal.append', { kind: 'call', text: `app ${i}` });
    const codes = await Promise.all(writers.map((w) => w.exited));
    expect(codes).toEqual([0, 0, 0]);
    await new Promise((r) => setTimeout(r, 300));
    const total = perWriter * 4;

    const db = new Database(b.path, { readonly: true });
    const texts = db.prepare<[], { text: string }>('SELECT text FROM journal_entry ORDER BY seq').all().map((r) => r.text);
    expect(texts).toHaveLength(total);
    for (const w of writers) for (const a of w.acks) expect(texts[a.seq - 1]).toBe(a.text);
    // Every entry's record, after board.created.
    expect(verifyBoard(db, PROJECTIONS)).toMatchObject({ ok: true, count: total + 1 });
    db.close();
    // Every entry reached this process's listeners exactly once, in order.
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    b.core.close();
  }, 120_000);
});
