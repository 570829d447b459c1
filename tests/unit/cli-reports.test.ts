import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { pageOneInk } from '../pdf-ink.js';

const CLI = 'dist/cli.cjs';

function samlad(args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: 'sv', SAMLAD_DATA_DIR: tempDir() } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function board(name: string, kommun: string): string {
  const db = join(tempDir(), 'b.samlad');
  expect(samlad(['new', '--db', db, '--name', name, '--kommun', kommun, '--exercise']).code).toBe(0);
  return db;
}

describe('samlad report and samlad journal export', () => {
  it('new, freeze, export in every format, and import at a neighbour; a bad file exits 1', () => {
    const gavle = board('Storm Hilda', '2180');
    const sandviken = board('Storm Hilda Sandviken', '2181');
    expect(samlad(['journal', 'add', '--db', gavle, '--kind', 'decision', '--text', 'Stab upprättad', '--significant']).code).toBe(0);
    const created = samlad(['report', 'new', '--db', gavle]);
    expect(created.out.trim()).toBe('1');
    expect(created.err).toContain('rubriker är tomma');
    const frozen = samlad(['report', 'freeze', '--db', gavle, '--number', '1']);
    expect(frozen.code, frozen.err).toBe(0);
    const head = (JSON.parse(frozen.out) as { head: { seq: number; hash: string } }).head;
    // The head a report carries is one verify can hold the board to.
    expect(samlad(['verify', '--db', gavle, '--expect-head', `${head.seq}:${head.hash}`]).code).toBe(0);

    const dir = tempDir();
    for (const format of ['json', 'html', 'edxl', 'pdf']) {
      const out = join(dir, `r.${format}`);
      const run = samlad(['report', 'export', '--db', gavle, '--number', '1', '--format', format, '--out', out]);
      expect(run.code, run.err).toBe(0);
    }
    const ink = pageOneInk(join(dir, 'r.pdf'));
    expect(ink.width).toBeGreaterThan(300);
    expect(ink.dark).toBeGreaterThan(500);

    const imported = samlad(['report', 'import', '--db', sandviken, '--file', join(dir, 'r.edxl')]);
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ imported: 1, number: 1 });
    const bad = samlad(['report', 'import', '--db', sandviken, '--file', join(dir, 'r.html')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Inget har importerats');
  });

  it('exports the journal as CSV with formula prefixes guarded and the head it covers, and as PDF', () => {
    const db = board('Formler', '0180');
    for (const text of ['=HYPERLINK("http://evil")', '+46 70 123', '-1', '@SUM(A1)', 'Vanlig "text", med komma']) {
      expect(samlad(['journal', 'add', '--db', db, '--kind', 'information', `--text=${text}`]).code).toBe(0);
    }
    const out = join(tempDir(), 'logg.csv');
    expect(samlad(['journal', 'export', '--db', db, '--format', 'csv', '--out', out]).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    const head = JSON.parse(samlad(['head', '--db', db]).out) as { seq: number; hash: string };
    expect(csv).toContain(`huvud ${head.seq}:${head.hash}`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"'+46 70 123"`);
    expect(csv).toContain(`"'-1"`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv).toContain('"Vanlig ""text"", med komma"');
    const pdf = join(tempDir(), 'logg.pdf');
    expect(samlad(['journal', 'export', '--db', db, '--format', 'pdf', '--out', pdf]).code).toBe(0);
    expect(pageOneInk(pdf).dark).toBeGreaterThan(200);
  });
});
