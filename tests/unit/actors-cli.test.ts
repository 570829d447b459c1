import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedActors } from '../../electron/core/actors/seed.js';
import { readFileSync } from 'node:fs';
import { staff } from '../callers.js';
import { createCore, verifyBoardFile } from '../../electron/core/index.js';
import { tempDir } from './helpers.js';

/** Built by npm run build (npm test builds before the unit tests). */
const CLI = 'dist/cli.cjs';

function samlad(args: string[], lang: 'sv' | 'en' = 'sv') {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: lang, SAMLAD_DATA_DIR: tempDir() } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function board(): string {
  const db = join(tempDir(), 'storm.samlad');
  const made = samlad(['new', '--db', db, '--name', 'Storm', '--kommun', '0180']);
  expect(made.code, made.err).toBe(0);
  return db;
}

interface Row {
  id: number;
  name: string;
  type: string;
  level: string | null;
  situation: string | null;
  reported_at: string | null;
  overdue: boolean;
  retired: boolean;
}

const list = (db: string): Row[] => JSON.parse(samlad(['actor', 'list', '--db', db, '--json']).out) as Row[];

describe('samlad actor', () => {
  it('lists the usual actors of a new board, with their neighbours, as JSON and as text', () => {
    const db = board();
    const rows = list(db);
    expect(rows.map((r) => r.name)).toEqual(seedActors('0180').map((a) => a.name));
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['Solna kommun', 'Nacka kommun', 'Region Stockholm']));
    expect(rows[0]).toEqual({ id: 1, name: 'Kommunens krisledning', type: 'crisis_management', level: null, situation: null, reported_at: null, overdue: false, retired: false });
    const text = samlad(['actor', 'list', '--db', db], 'en');
    expect(text.code).toBe(0);
    expect(text.out).toContain('#7  Polisen  [Police]');
  });

  it('sets a status by name, logs it, and refuses a bad level or an unknown or ambiguous name', () => {
    const db = board();
    const set = samlad(['actor', 'status', '--db', db, '--actor', 'polisen', '--level', 'staff', '--situation', 'Avspärrning vid Slussen', '--needs', 'Omledning', '--by', 'Li Loggförare']);
    expect(set.code, set.err).toBe(0);
    expect(set.out.trim()).toBe('Polisen: Stab upprättad sparat.');
    expect(list(db).find((r) => r.name === 'Polisen')).toMatchObject({ level: 'staff', situation: 'Avspärrning vid Slussen', overdue: false });
    const journal = JSON.parse(samlad(['journal', 'list', '--db', db, '--json']).out) as { text: string; actor: string; by: string }[];
    expect(journal).toMatchObject([{ text: 'Polisen: stab upprättad – Avspärrning vid Slussen\nBehov: Omledning', actor: 'Polisen', by: 'Li Loggförare' }]);

    expect(samlad(['actor', 'status', '--db', db, '--actor', 'Polisen', '--level', 'panik'])).toMatchObject({ code: 2, err: 'samlad: --level måste vara normal, heightened, staff eller activated (inte panik).\n' });
    expect(samlad(['actor', 'status', '--db', db, '--actor', 'Ingen alls', '--level', 'normal'], 'en')).toMatchObject({ code: 1, err: 'samlad: No actor is called Ingen alls.\n' });
    const ambiguous = samlad(['actor', 'status', '--db', db, '--actor', 'kommun', '--level', 'normal']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toContain('Flera aktörer matchar kommun');
    expect(samlad(['actor', 'status', '--db', db, '--level', 'normal'])).toMatchObject({ code: 2, err: 'samlad: --actor saknas.\n' });
    expect(verifyBoardFile(db).ok).toBe(true);
  });

  it('imports a CSV file and prints {"imported": N}', () => {
    const db = board();
    const file = join(tempDir(), 'aktorer.csv');
    writeFileSync(file, 'namn;typ;telefon;e-post;rakel\n"Stockholm Exergi; fjärrvärme";company;+46 8 671 70 00;;\n=SUMMA(1);other;;;\n');
    const run = samlad(['actor', 'import', '--db', db, '--file', file]);
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toEqual({ imported: 2 });
    expect(list(db).slice(-2).map((r) => r.name)).toEqual(['Stockholm Exergi; fjärrvärme', '=SUMMA(1)']);
  });

  it('imports nothing from a bad file, names every bad line, and exits non-zero', () => {
    const db = board();
    const before = list(db).length;
    const file = join(tempDir(), 'fel.csv');
    writeFileSync(file, 'name,type,phone,email,rakel\nNy,other,,,\nPolisen,police,,,\nX,hemlig,,,\nY,other,,,,,\n');
    const sv = samlad(['actor', 'import', '--db', db, '--file', file]);
    expect(sv.code).toBe(1);
    expect(sv.out).toBe('');
    expect(sv.err.trim().split('\n')).toEqual([
      'samlad: Rad 3: Polisen finns redan',
      'samlad: Rad 4: okänd typ hemlig',
      'samlad: Rad 5: fel antal fält (7, ska vara 5)',
    ]);
    expect(samlad(['actor', 'import', '--db', db, '--file', file], 'en').err).toContain('samlad: Line 4: unknown type hemlig');
    expect(list(db)).toHaveLength(before);
    expect(samlad(['actor', 'import', '--db', db, '--file', join(tempDir(), 'saknas.csv')])).toMatchObject({ code: 1 });
    expect(samlad(['actor', 'import', '--db', join(tempDir(), 'saknas.samlad'), '--file', file]).code).toBe(1);
  });

  it('writes a conference protocol as Markdown, the latest by default, to stdout or a new file', async () => {
    const db = board();
    expect(samlad(['conference', 'protocol', '--db', db])).toMatchObject({ code: 1, err: 'samlad: Händelsen har ingen samverkanskonferens ännu.\n' });
    const core = createCore({ dataDir: tempDir(), watchIntervalMs: 0, verifyOnOpen: false });
    core.openBoardFile(db);
    for (const [method, params] of [
      ['actors.conference.start', { kind: 'coordinating', attendees: [6, 7] }],
      ['actors.conference.report', { conference: 1, actor: 7, text: 'Trafiken leds om', level: 'staff' }],
      ['actors.conference.end', { conference: 1, next_at: '2026-11-24T15:00:00+01:00' }],
    ] as const) {
      const reply = await core.dispatch(method, params, staff());
      expect(reply.ok, JSON.stringify(reply)).toBe(true);
    }
    core.close();
    const out = samlad(['conference', 'protocol', '--db', db]);
    expect(out.code, out.err).toBe(0);
    expect(out.out).toContain('# Protokoll: Samordnande samverkanskonferens #1');
    expect(out.out).toContain('Trafiken leds om');
    expect(out.out).toContain('2026-11-24 15:00');
    const file = join(tempDir(), 'protokoll.md');
    expect(samlad(['conference', 'protocol', '--db', db, '--id', '1', '--out', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`${out.out.trimEnd()}\n`);
    // Never overwrites a file.
    expect(samlad(['conference', 'protocol', '--db', db, '--out', file]).code).toBe(1);
    const pdf = join(tempDir(), 'protokoll.pdf');
    expect(samlad(['conference', 'protocol', '--db', db, '--pdf'])).toMatchObject({ code: 2, err: 'samlad: --out saknas.\n' });
    expect(samlad(['conference', 'protocol', '--db', db, '--pdf', '--out', pdf]).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(samlad(['conference', 'protocol', '--db', db, '--id', '7'])).toMatchObject({ code: 1, err: 'samlad: Ingen samverkanskonferens har nummer 7.\n' });
    expect(samlad(['conference', 'protocol', '--db', db, '--id', 'x']).code).toBe(2);
  });

  it('prints the usage of each command in either language', () => {
    for (const sub of ['list', 'status', 'import']) {
      expect(samlad(['actor', sub, '--help']).out).toContain(`samlad actor ${sub} --db FIL`);
      expect(samlad(['actor', sub, '--help'], 'en').out).toContain(`samlad actor ${sub} --db FILE`);
    }
    expect(samlad(['actor']).out).toContain('samlad actor import');
  });
});
