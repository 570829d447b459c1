import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, verifyBoardFile } from '../../electron/core/index.js';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { staff } from '../callers.js';
import { tempDir } from './helpers.js';

const FIXTURE = 'tests/fixtures/board-0.1.samlad';
const OLD_HEAD = '3afabd3d5440be5b3b2d1cb6296912b24360a2a135c4ef39e1c08e03e120b451';

interface OldRow {
  seq: number;
  kind: string;
  text: string;
  actor: string | null;
  occurred_at: string;
  recorded_at: string;
  significant: number;
  corrects: number | null;
  correction_reason: string | null;
}

const COLUMNS = 'seq, kind, text, actor, occurred_at, recorded_at, significant, corrects, correction_reason';

describe('a board from Samlad 0.1', () => {
  it('moves into the record: every entry keeps its text, kind, actor, times and order; the old head is kept; verify passes', async () => {
    const path = join(tempDir(), 'storm.samlad');
    copyFileSync(FIXTURE, path);
    const before = new Database(path, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(1);
    const oldRows = before.prepare<[], OldRow>(`SELECT ${COLUMNS} FROM journal_entry ORDER BY seq`).all();
    const oldOrder = before.prepare<[], { seq: number }>('SELECT seq FROM journal_entry ORDER BY sort_key DESC').all();
    before.close();
    expect(oldRows).toHaveLength(6);

    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    const info = core.openBoardFile(path);
    expect(info).toMatchObject({ name: 'Storm Hilda (0.1)', kommun_code: '2180', exercise: true, mode: 'activated', read_only: false, schema_version: LATEST_SCHEMA_VERSION });

    const after = new Database(path, { readonly: true });
    expect(after.prepare<[], OldRow>(`SELECT ${COLUMNS} FROM journal_entry ORDER BY seq`).all()).toEqual(oldRows);
    expect(after.prepare<[], { seq: number }>('SELECT seq FROM journal_entry ORDER BY sort_key DESC').all()).toEqual(oldOrder);
    const records = after.prepare<[], { seq: number; type: string; payload: string }>('SELECT seq, type, payload FROM record ORDER BY seq').all();
    expect(records.map((r) => r.type)).toEqual(['board.created', ...Array<string>(6).fill('journal.entry'), 'board.migrated']);
    // The board began in normal mode: its 0.1 journal says so ("Normalläge → Krisledning aktiverad").
    expect(JSON.parse(records[0]?.payload ?? '{}')).toMatchObject({ mode: 'ordinary', name: 'Storm Hilda (0.1)' });
    expect(JSON.parse(records.at(-1)?.payload ?? '{}')).toEqual({ from_schema: 1, old_head_hash: OLD_HEAD, old_entries: 6, old_chain_ok: true, mode: 'activated' });
    // The search index came along (the back-dated entry, by its actor too).
    expect(after.prepare("SELECT count(*) AS n FROM journal_fts WHERE journal_fts MATCH 'andersberg'").get()).toEqual({ n: 1 });
    after.close();

    expect(verifyBoardFile(path)).toMatchObject({ ok: true, count: 8 });
    const listed = await core.dispatch('journal.list', {}, staff());
    expect(listed.ok).toBe(true);
    const { entries } = (listed as { result: { entries: { seq: number; corrected_by: number | null; by: string }[] } }).result;
    expect(entries.find((e) => e.seq === 3)).toMatchObject({ corrected_by: 5, by: '' });
    // 0020: "eon" finds the actor "E.ON" of a 0.1 entry.
    const eon = await core.dispatch('journal.list', { query: { search: 'eon' } }, staff());
    expect(eon).toMatchObject({ ok: true, result: { total: 1, entries: [{ seq: 4, actor: 'E.ON' }] } });
    // And it goes on: a new entry chains after board.migrated.
    const next = await core.dispatch('journal.append', { kind: 'information', text: 'Efter uppgraderingen' }, staff('Li'));
    expect(next).toMatchObject({ ok: true, result: { seq: 7, record_seq: 9, by: 'Li' } });
    core.close();
    expect(verifyBoardFile(path)).toMatchObject({ ok: true, count: 9 });
  });

  it('records when the old chain did not hold, and still moves every entry', async () => {
    const path = join(tempDir(), 'tampered.samlad');
    copyFileSync(FIXTURE, path);
    const db = new Database(path);
    db.exec("DROP TRIGGER journal_entry_no_update; UPDATE journal_entry SET text = 'Ändrad i 0.1' WHERE seq = 2;");
    db.close();
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0 });
    core.openBoardFile(path);
    core.close();
    const after = new Database(path, { readonly: true });
    const migrated = after.prepare<[], { payload: string }>("SELECT payload FROM record WHERE type = 'board.migrated'").get();
    expect(JSON.parse(migrated?.payload ?? '{}')).toMatchObject({ old_chain_ok: false, old_entries: 6 });
    expect(after.prepare('SELECT text FROM journal_entry WHERE seq = 2').get()).toEqual({ text: 'Ändrad i 0.1' });
    after.close();
  });
});
