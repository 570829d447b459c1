import { staff } from '../callers.js';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '../../shared/api/events.js';
import { createCore, verifyBoardFile } from '../../electron/core/index.js';
import { seedActors } from '../../electron/core/actors/seed.js';
import { tempDir } from './helpers.js';

/** samlad new registers the usual actors of the kommun (Gävle here): one record each. */
const SEEDED = seedActors('2180').length;

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
    expect(verify.out).toContain(`${1 + SEEDED + 2} poster`); // board.created, the usual actors and the two entries
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

  it('prints the usage of every command for --help and -h, in either language, and exits 0', () => {
    const commands = [['new'], ['serve'], ['journal', 'add'], ['journal', 'list'], ['verify']];
    for (const words of commands) {
      for (const [flag, lang, heading] of [['--help', 'sv', 'Användning:'], ['-h', 'en', 'Usage:']] as const) {
        const run = samlad([...words, flag], lang);
        expect(run.code, `${words.join(' ')} ${flag}`).toBe(0);
        expect(run.err).toBe('');
        expect(run.out).toMatch(new RegExp(`^${heading} samlad ${words.join(' ')} [-[]`));
        // The synopsis, then what the command does.
        expect(run.out.trim().split('\n').filter((line) => line.trim()).length, words.join(' ')).toBeGreaterThanOrEqual(2);
      }
    }
    // --help wins over everything else on the line, even flags that would be errors.
    expect(samlad(['journal', 'add', '--kind', 'opinion', '--help']).code).toBe(0);
    const overview = samlad(['--help'], 'en');
    expect(overview.code).toBe(0);
    for (const words of commands) expect(overview.out).toContain(`  samlad ${words.join(' ')} `);
    expect(samlad(['journal', '--help']).out).toMatch(/samlad journal add[^]*samlad journal list/);
  });

  it('takes the kinds by their Swedish names too, with or without å ä ö, in any case', () => {
    const db = newBoardFile();
    const names = ['beslut', 'åtgärd', 'atgard', 'information', 'inkommande', 'utgående', 'utgaende', 'Samtal', 'ÅTGÄRD', 'Call'];
    for (const kind of names) {
      const run = samlad(['journal', 'add', '--db', db, '--kind', kind, '--text', kind]);
      expect(run.code, `${kind}: ${run.err}`).toBe(0);
    }
    const entries = JSON.parse(samlad(['journal', 'list', '--db', db, '--json']).out) as { seq: number; kind: string }[];
    expect(entries.sort((a, b) => a.seq - b.seq).map((e) => e.kind)).toEqual(['decision', 'action', 'action', 'information', 'incoming', 'outgoing', 'outgoing', 'call', 'action', 'call']);
  });

  it('takes a kommun by name, and answers a wrong kommunkod or name with the nearest ones', () => {
    for (const name of ['Växjö', 'växjö', 'VAXJO', ' Vaxjo ']) {
      const run = samlad(['new', '--db', join(tempDir(), 'v.samlad'), '--name', 'V', '--kommun', name]);
      expect(run.code, `${name}: ${run.err}`).toBe(0);
      expect(run.out).toContain('(Växjö)');
    }
    // Diacritics may be left out only where that leaves one kommun: "habo" is Habo, "Hàbo" either.
    expect(samlad(['new', '--db', join(tempDir(), 'h.samlad'), '--name', 'H', '--kommun', 'habo']).out).toContain('(Habo)');
    expect(samlad(['new', '--db', join(tempDir(), 'h.samlad'), '--name', 'H', '--kommun', 'Hàbo']).err).toMatch(/Habo 0643.*Håbo 0305|Håbo 0305.*Habo 0643/);

    const code = samlad(['new', '--db', join(tempDir(), 'x.samlad'), '--name', 'X', '--kommun', '9999']);
    expect(code.code).toBe(2);
    expect(code.err).toMatch(/^samlad: --kommun 9999: .*4 siffror.*Närmast: \S+ \d{4}, \S+ \d{4}, \S+ \d{4}\.\n$/);
    expect(samlad(['new', '--db', join(tempDir(), 'x.samlad'), '--name', 'X', '--kommun', '180'], 'en').err).toMatch(/4 digits.*Nearest: Stockholm 0180/);
    const name = samlad(['new', '--db', join(tempDir(), 'x.samlad'), '--name', 'X', '--kommun', 'Gävel']);
    expect(name.err).toMatch(/^samlad: --kommun Gävel: .*Menade du: Gävle 2180/);
  });

  it('points to samlad new when the --db file does not exist, for every command that opens one', () => {
    const missing = join(tempDir(), 'saknas.samlad');
    const commands = [
      ['journal', 'add', '--db', missing, '--kind', 'call', '--text', 'x'],
      ['journal', 'list', '--db', missing],
      ['verify', '--db', missing],
      ['serve', '--db', missing, '--port', '0'],
    ];
    for (const args of commands) {
      const run = samlad(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.err).toBe(`samlad: Filen ${missing} finns inte. En ny händelse skapas med: samlad new --db ${missing} --name NAMN --kommun KOMMUN\n`);
      expect(samlad(args, 'en').err).toMatch(/^samlad: The file .* does not exist\. Create a new incident with: samlad new --db /);
    }
  });

  it('keeps every error in one language, core\'s and SQLite\'s reasons included', () => {
    const db = newBoardFile();
    const junk = join(tempDir(), 'junk.samlad');
    writeFileSync(junk, 'not a database at all, just text '.repeat(100));
    const bad: string[][] = [
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', 'x', '--bogus'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', '--actor', 'SMHI'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', 'x', '--significant=yes'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', 'x', 'stray'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--kind', 'action', '--text', 'x'],
      ['journal', 'add', '--db', db, '--kind', 'opinion', '--text', 'x'],
      ['journal', 'add', '--db', db, '--kind', 'call', '--text', '   '],
      ['verify', '--db', junk],
      ['verify', '--db', tempDir()],
      ['new', '--db', join(tempDir(), 'no', 'such', 'folder.samlad'), '--name', 'X', '--kommun', '0180'],
      ['new', '--db', db, '--name', 'X', '--kommun', '0180'],
      ['frobnicate'],
    ];
    const english = /\b(unknown|option|missing|must|not found|cannot|invalid|is not|file|does not|already)\b/i;
    const swedish = /\b(okänd|flagga|saknas|måste|finns inte|kan inte|ogiltig|är ingen|filen|redan|värde)\b/i;
    for (const args of bad) {
      const sv = samlad(args, 'sv');
      const en = samlad(args, 'en');
      for (const run of [sv, en]) {
        expect(run.code, args.join(' ')).not.toBe(0);
        expect(run.err.trim().split('\n'), `${args.join(' ')}: ${run.err}`).toHaveLength(1);
      }
      expect(sv.err, args.join(' ')).not.toMatch(english);
      expect(en.err, args.join(' ')).not.toMatch(swedish);
    }
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
    expect(verifyBoardFile(db)).toMatchObject({ ok: true, count: 1 + SEEDED + 12 });
  });
});
