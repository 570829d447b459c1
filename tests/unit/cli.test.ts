import { staff } from '../callers.js';
import { spawn, spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../shared/api/events.js';
import { createCore, verifyBoardFile } from '../../electron/core/index.js';
import { tempDir } from './helpers.js';

const CLI = 'dist/cli.cjs';

function samlad(args: string[], lang = 'sv') {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SAMLAD_LANG: lang, SAMLAD_DATA_DIR: tempDir() },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function newBoardFile(): string {
  const db = join(tempDir(), 'storm.samlad');
  const made = samlad(['new', '--db', db, '--name', 'Storm Hilda', '--kommun', '2180', '--exercise']);
  expect(made.code, made.err).toBe(0);
  expect(made.out).toContain('Gävle');
  return db;
}

describe('the samlad command', () => {
  it('creates a board, adds entries, lists them as JSON, searches and verifies', () => {
    const db = newBoardFile();
    expect(samlad(['journal', 'add', '--db', db, '--kind', 'decision', '--text', 'Stab upprättad', '--significant']).code).toBe(0);
    const add = samlad(['journal', 'add', '--db', db, '--kind', 'call', '--text', 'Samtal från SMHI om åska', '--actor', 'SMHI', '--at', '2026-11-23T10:00:00+01:00', '--by', 'Li Loggförare']);
    expect(add.code).toBe(0);
    expect(add.out.trim()).toBe('Loggpost #2 sparad.');

    const list = samlad(['journal', 'list', '--db', db, '--json']);
    expect(list.code).toBe(0);
    const entries = JSON.parse(list.out) as Record<string, unknown>[];
    expect(entries).toHaveLength(2);
    for (const key of ['seq', 'kind', 'text', 'actor', 'occurred_at', 'recorded_at', 'significant', 'corrects', 'by', 'record_seq']) {
      expect(entries[0], key).toHaveProperty(key);
    }
    const call = entries.find((e) => e.seq === 2);
    expect(call).toMatchObject({ kind: 'call', actor: 'SMHI', occurred_at: '2026-11-23T09:00:00.000Z', significant: false, corrects: null, by: 'Li Loggförare' });
    // Without --by, the OS user wrote it.
    expect(entries.find((e) => e.seq === 1)?.by).toBe(userInfo().username);

    const search = JSON.parse(samlad(['journal', 'list', '--db', db, '--search', 'ÅSKA', '--json']).out) as { seq: number }[];
    expect(search.map((e) => e.seq)).toEqual([2]);
    const text = samlad(['journal', 'list', '--db', db], 'en');
    expect(text.out).toMatch(/#2 {2}2026-11-23 10:00 {2}Call {2}\[SMHI\] {2}Samtal från SMHI om åska {2}\(by Li Loggförare\)/);

    const verify = samlad(['verify', '--db', db]);
    expect(verify.code).toBe(0);
    expect(verify.out).toContain('3 poster'); // board.created and the two entries
  });

  it('answers unknown flags and bad values with one line and a non-zero exit, and writes nothing', () => {
    const db = newBoardFile();
    const bad: string[][] = [
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', 'x', '--bogus'],
      ['journal', 'add', '--db', db, '--kind', 'opinion', '--text', 'x'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', 'x', '--at', 'igår'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', '   '],
      ['journal', 'add', '--db', db, '--kind', 'call'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', 'x', 'stray'],
      ['journal', 'add', '--db', join(tempDir(), 'missing.samlad'), '--kind', 'call', '--text', 'x'],
      ['journal', 'remove', '--db', db],
      ['new', '--db', db, '--name', 'Igen', '--kommun', '2180'],
      ['new', '--db', join(tempDir(), 'x.samlad'), '--name', 'X', '--kommun', '9999'],
      ['new', '--db', join(tempDir(), 'y.samlad'), '--name', 'Y', '--kommun', '2180', '--mode', 'panic'],
      ['serve', '--db', db, '--port', 'eighty'],
      ['verify'],
      ['frobnicate'],
    ];
    for (const args of bad) {
      const run = samlad(args);
      expect(run.code, args.join(' ')).not.toBe(0);
      const lines = run.err.trim().split('\n');
      expect(lines, `${args.join(' ')}: ${run.err}`).toHaveLength(1);
      expect(lines[0]).toMatch(/^samlad: /);
      expect(run.err).not.toMatch(/\n\s+at /);
    }
    expect(JSON.parse(samlad(['journal', 'list', '--db', db, '--json']).out)).toEqual([]);
  });

  it('writes while a seat server has the same file open; the server pushes what the CLI wrote', async () => {
    const db = newBoardFile();
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 50 });
    core.openBoardFile(db);
    const seen: number[] = [];
    core.onEvent((e: AnyEvent) => {
      if (e.event === 'journal.appended') seen.push(e.data.entry.seq);
    });
    const adders = Array.from({ length: 6 }, (_, i) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'journal', 'add', '--db', db, '--kind', 'information', '--text', `från CLI ${i}`]);
        child.on('exit', resolve);
      }),
    );
    for (let i = 0; i < 6; i++) await core.dispatch('journal.append', { kind: 'action', text: `från servern ${i}` }, staff());
    expect(await Promise.all(adders)).toEqual([0, 0, 0, 0, 0, 0]);
    await expect.poll(() => seen.length, { timeout: 3_000 }).toBe(12);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    core.close();
    expect(verifyBoardFile(db)).toMatchObject({ ok: true, count: 13 });
  });
});
