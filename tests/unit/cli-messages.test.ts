import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBoardFile } from '../../electron/core/index.js';
import { readCap } from '../../electron/core/warnings/cap-read.js';
import { tempDir } from './helpers.js';
import { CAP_XSD, validate } from './xmllint.js';

const CLI = 'dist/cli.cjs';

function samlad(args: string[], lang = 'sv') {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: lang, SAMLAD_DATA_DIR: tempDir() } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function board(): string {
  const db = join(tempDir(), 'brand.samlad');
  expect(samlad(['new', '--db', db, '--name', 'Brand Hemlingby', '--kommun', '2180', '--exercise']).code).toBe(0);
  return db;
}

describe('samlad message and samlad cap', () => {
  it('drafts, co-signs, refuses to publish while someone is missing, publishes and exports valid CAP', () => {
    const db = board();
    const created = samlad(['message', 'new', '--db', db, '--headline', 'Stäng fönster och dörrar', '--body', 'Giftig rök från branden.', '--actors', 'Polisen, Räddningstjänsten', '--by', 'Kim Kommunikatör']);
    expect(created.code, created.err).toBe(0);
    expect(created.out.trim()).toBe('1');

    expect(samlad(['message', 'approve', '--db', db, '--id', '1', '--actor', 'Polisen']).code).toBe(0);
    const early = samlad(['message', 'publish', '--db', db, '--id', '1', '--channels', 'webb,press']);
    expect(early.code).toBe(1);
    expect(early.err).toContain('Räddningstjänsten');
    expect(early.err).not.toContain('Polisen,');

    const change = samlad(['message', 'request-change', '--db', db, '--id', '1', '--actor', 'Räddningstjänsten', '--comment', 'Nämn Sörby']);
    expect(change.code).toBe(0);
    expect(samlad(['message', 'approve', '--db', db, '--id', '1', '--actor', 'Räddningstjänsten']).code).toBe(0);

    const listed = JSON.parse(samlad(['message', 'list', '--db', db, '--json']).out) as Record<string, unknown>[];
    expect(listed).toEqual([{ id: 1, headline: 'Stäng fönster och dörrar', version: 1, status: 'draft', approvals: { Polisen: 'approved', Räddningstjänsten: 'approved' }, published_at: null }]);

    const published = samlad(['message', 'publish', '--db', db, '--id', '1', '--channels', 'webb,press', '--by', 'Kim Kommunikatör']);
    expect(published.code, published.err).toBe(0);
    const out = join(tempDir(), 'budskap.xml');
    expect(samlad(['message', 'export-cap', '--db', db, '--id', '1', '--out', out]).code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(validate(xml, CAP_XSD).ok).toBe(true);
    const alert = readCap(xml);
    expect(alert.status).toBe('Exercise');
    // The kommun's boundary, from the resources shipped beside the CLI.
    expect(alert.infos[0]?.areas[0]?.polygons.length).toBeGreaterThan(0);
    expect(verifyBoardFile(db).ok).toBe(true);
  });

  it('imports a CAP file; a file that is not CAP exits 1 and changes nothing', () => {
    const db = board();
    const good = samlad(['cap', 'import', '--db', db, '--file', 'tests/fixtures/samples/cap/smhi-05-smhi-bpm-1552397401981.xml']);
    expect(good.code, good.err).toBe(0);
    expect(JSON.parse(good.out)).toMatchObject({ imported: 1, identifier: 'smhi-bpm-1552397401981', valid: true });

    const bad = samlad(['cap', 'import', '--db', db, '--file', 'package.json'], 'en');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('is not a CAP 1.2 alert');
    const invalid = samlad(['cap', 'import', '--db', db, '--file', 'tests/fixtures/samples/cap/krisinformation-vma-gavle-2018-invalid.cap']);
    expect(invalid.code).toBe(0);
    expect(invalid.err).toContain('inte giltig CAP 1.2');
    const journal = JSON.parse(samlad(['journal', 'list', '--db', db, '--json']).out) as { kind: string; source: string }[];
    // The file that is not CAP left nothing behind: two warnings, two entries.
    expect(journal.map((e) => `${e.kind} ${e.source}`).sort()).toEqual(['incoming warning/1', 'incoming warning/2']);
  });
});
