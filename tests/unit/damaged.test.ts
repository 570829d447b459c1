import { staff } from '../callers.js';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index.js';
import { newBoard, tempDir } from './helpers.js';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Overwrites the root page of the journal's list-order index: quick_check fails, the board table still reads. */
async function damagedBoard(): Promise<string> {
  const b = await newBoard();
  for (let i = 0; i < 400; i++) await b.call('journal.append', { kind: 'information', text: `Lägesuppdatering ${i} ${'x'.repeat(80)}` });
  b.core.close();
  const db = new Database(b.path);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'journal_entry_sort'").get();
  db.close();
  if (!root) throw new Error('index not found');
  const fd = openSync(b.path, 'r+');
  // Cells sit at the end of a b-tree page: overwrite its second half.
  writeSync(fd, Buffer.alloc(pageSize / 2, 0xa5), 0, pageSize / 2, (root.rootpage - 1) * pageSize + pageSize / 2);
  closeSync(fd);
  return b.path;
}

describe('opening a damaged board', () => {
  it('opens it read-only with a clear reason, refuses writes, and never writes to the file', async () => {
    const path = await damagedBoard();
    const before = sha(path);
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    const info = core.openBoardFile(path);
    expect(info).toMatchObject({ read_only: true, read_only_reason: 'damaged', name: 'Övning Storm' });
    const write = await core.dispatch('journal.append', { kind: 'decision', text: 'ska inte sparas' }, staff());
    expect(write).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const correct = await core.dispatch('journal.correct', { seq: 1, text: 'x', reason: 'y' }, staff());
    expect(correct).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const current = await core.dispatch('boards.current', {}, staff());
    expect(current).toMatchObject({ ok: true, result: { board: { read_only: true } } });
    core.close();
    expect(sha(path)).toBe(before);
  });

  it('refuses a file that is not a Samlad board', async () => {
    const dir = tempDir();
    const text = join(dir, 'notes.samlad');
    writeFileSync(text, 'not a database at all, just some text that is long enough '.repeat(20));
    const other = join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const core = createCore({ dataDir: dir, watchIntervalMs: 0 });
    for (const path of [text, other, join(dir, 'missing.samlad')]) {
      expect(() => core.openBoardFile(path)).toThrow(expect.objectContaining({ code: 'board_unreadable' }));
    }
    expect((await core.dispatch('boards.current', {}, staff()))).toMatchObject({ ok: true, result: { board: null } });
    core.close();
  });
});
