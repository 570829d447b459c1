import { staff, wall } from '../callers.js';
import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../shared/api/events.js';
import { createCore, verifyBoardFile } from '../../electron/core/index.js';
import { newBoard, tempDir } from './helpers.js';

describe('board mode', () => {
  it('changes the mode and logs it as a significant decision in the same commit', async () => {
    const b = await newBoard();
    const events: AnyEvent[] = [];
    b.core.onEvent((e) => events.push(e));
    const info = await b.call('boards.setMode', { mode: 'activated' });
    expect(info.mode).toBe('activated');
    const { entries } = await b.call('journal.list', {});
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'decision', significant: true, text: 'Läget ändrat: Normalläge → Krisledning aktiverad' });
    // The record order: the mode change, then the decision that logs it.
    expect(events.map((e) => e.event).filter((e) => e !== 'record.verification')).toEqual(['board.changed', 'journal.appended']);
    // The same mode again changes nothing and logs nothing.
    await b.call('boards.setMode', { mode: 'activated' });
    expect((await b.call('journal.list', {})).total).toBe(1);
    await b.call('boards.setMode', { mode: 'ordinary' });
    expect((await b.call('journal.list', { query: { search: 'normalläge' } })).entries[0]?.text).toBe('Läget ändrat: Krisledning aktiverad → Normalläge');
    b.core.close();
    expect(verifyBoardFile(b.path)).toMatchObject({ ok: true, count: 5 });
  });

  it('is noticed by another process that has the same board open', async () => {
    const b = await newBoard();
    b.core.close();
    const watcher = createCore({ dataDir: tempDir(), watchIntervalMs: 30 });
    watcher.openBoardFile(b.path);
    const seen: AnyEvent[] = [];
    watcher.onEvent((e) => seen.push(e));
    const writer = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    writer.openBoardFile(b.path);
    expect((await writer.dispatch('boards.setMode', { mode: 'activated' }, staff())).ok).toBe(true);
    const changes = () => seen.filter((e) => e.event !== 'record.verification');
    await expect.poll(() => changes().map((e) => e.event), { timeout: 3_000 }).toEqual(['board.changed', 'journal.appended']);
    const changed = changes()[0];
    expect(changed?.event === 'board.changed' && changed.data.board?.mode).toBe('activated');
    writer.close();
    watcher.close();
  });

  it('cannot be changed from a wall seat', async () => {
    const b = await newBoard();
    const reply = await b.core.dispatch('boards.setMode', { mode: 'activated' }, wall());
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await b.call('boards.current', {})).board?.mode).toBe('ordinary');
    b.core.close();
  });
});
