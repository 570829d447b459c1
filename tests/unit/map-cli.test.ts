import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

// Runs the built command (npm run build first), as the other CLI tests do.
const CLI = 'dist/cli.cjs';

function samlad(args: string[], lang = 'sv') {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAMLAD_LANG: lang, SAMLAD_DATA_DIR: tempDir() } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function boardFile(): { db: string; dir: string } {
  const dir = tempDir();
  const db = join(dir, 'storm.samlad');
  expect(samlad(['new', '--db', db, '--name', 'Storm Hilda', '--kommun', '2180', '--exercise']).code).toBe(0);
  return { db, dir };
}

const roads = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[17.1, 60.6], [17.2, 60.7]] }, properties: { name: 'Riksväg 80', category: 'closed_road', actor: 'Trafikverket' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [17.14, 60.67] }, properties: { name: 'Värmestuga Brynäs', category: 'varmestuga' } },
  ],
});

describe('samlad map', () => {
  it('imports a file, lists it now and as it stood, exports it stamped with the board and head', () => {
    const { db, dir } = boardFile();
    const file = join(dir, 'vägar.geojson');
    writeFileSync(file, roads);
    const imported = samlad(['map', 'import', '--db', db, '--file', file, '--by', 'Li Loggförare']);
    expect(imported.code, imported.err).toBe(0);
    expect(JSON.parse(imported.out)).toEqual({ imported: 2 });

    const list = samlad(['map', 'list', '--db', db, '--json']);
    expect(list.code).toBe(0);
    const collection = JSON.parse(list.out) as { type: string; features: { id: number; properties: Record<string, unknown> }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.properties)).toEqual([
      { id: 1, version: 1, title: 'Riksväg 80', category: 'closed_road', status: 'active', actor: 'Trafikverket', valid_from: null, valid_until: null },
      { id: 2, version: 1, title: 'Värmestuga Brynäs', category: 'varmestuga', status: 'active', actor: null, valid_from: null, valid_until: null },
    ]);
    const text = samlad(['map', 'list', '--db', db]);
    expect(text.out).toMatch(/^2 +1 +Aktiv +Värmestuga +Värmestuga Brynäs$/m);
    expect(JSON.parse(samlad(['map', 'list', '--db', db, '--json', '--at', '2000-01-01T00:00:00Z']).out)).toEqual({ type: 'FeatureCollection', features: [] });

    const journal = JSON.parse(samlad(['journal', 'list', '--db', db, '--json']).out) as { text: string; by: string }[];
    expect(journal.map((e) => [e.text, e.by])).toContainEqual(['Import: 2 objekt från vägar.geojson', 'Li Loggförare']);

    const out = join(dir, 'export.geojson');
    const exported = samlad(['map', 'export', '--db', db, '--out', out]);
    expect(exported.code, exported.err).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { features: unknown[]; samlad: { board: string; exercise: boolean; head: { seq: number; hash: string } } };
    expect(written.features).toHaveLength(2);
    expect(written.samlad).toMatchObject({ board: 'Storm Hilda', exercise: true });
    const head = JSON.parse(samlad(['head', '--db', db]).out) as { seq: number; hash: string };
    expect(written.samlad.head).toEqual(head);
  });

  it('refuses a bad file with a non-zero exit, says what and where, and imports nothing', () => {
    const { db, dir } = boardFile();
    const bad = join(dir, 'fel.geojson');
    writeFileSync(bad, JSON.stringify({ type: 'FeatureCollection', features: [JSON.parse(roads).features[0], { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 60] }, properties: {} }] }));
    const run = samlad(['map', 'import', '--db', db, '--file', bad]);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain('Filen kunde inte importeras: en geometri är felaktig (objekt 1, geometry.coordinates.0)');
    expect(run.err).toContain('Inget importerades.');
    const en = samlad(['map', 'import', '--db', db, '--file', bad], 'en');
    expect(en.err).toContain('a geometry is invalid (feature 1, geometry.coordinates.0)');
    expect(JSON.parse(samlad(['map', 'list', '--db', db, '--json']).out).features).toEqual([]);

    const kml = join(dir, 'fel.kml');
    writeFileSync(kml, '<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<kml/>');
    const unsafe = samlad(['map', 'import', '--db', db, '--file', kml]);
    expect(unsafe.code).toBe(1);
    expect(unsafe.err).toContain('rad 2');

    const latin1 = join(dir, 'latin1.geojson');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe5, 0x22, 0x7d]));
    expect(samlad(['map', 'import', '--db', db, '--file', latin1]).code).toBe(1);
    expect(samlad(['map', 'import', '--db', db, '--file', join(dir, 'saknas.geojson')]).err).toContain('kan inte läsas');
    expect(samlad(['map', 'list', '--db', db, '--at', 'igår']).code).toBe(2);
    expect(samlad(['map', 'export', '--db', db, '--out', db]).code).toBe(2);
  });

  it('has help for each map command', () => {
    const help = samlad(['map', '--help']);
    expect(help.out).toContain('samlad map import --db FIL --file F.geojson|F.kml [--by NAMN]');
    expect(help.out).toContain('samlad map list --db FIL [--at TID] [--json]');
    expect(help.out).toContain('samlad map export --db FIL --out F.geojson [--at TID]');
  });
});
