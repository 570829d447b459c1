import { describe, expect, it } from 'vitest';
import { parseActorCsv } from '../../shared/actors/csv.js';
import { actorBoard } from './actors-helpers.js';

describe('reading an actor CSV', () => {
  it('takes quoted fields with separators, doubled quotes and line breaks, comma or semicolon, with or without a heading', () => {
    const comma = parseActorCsv('name,type,phone,email,rakel\r\n"Gävle Energi, drift",company,026-17 80 00,drift@example.se,GÄV TEK-1\r\n"Kyrkan ""Heliga Trefaldighet""",church,,,\r\n');
    expect(comma.errors).toEqual([]);
    expect(comma.rows).toEqual([
      { line: 2, name: 'Gävle Energi, drift', type: 'company', phone: '026-17 80 00', email: 'drift@example.se', rakel: 'GÄV TEK-1' },
      { line: 3, name: 'Kyrkan "Heliga Trefaldighet"', type: 'church', phone: null, email: null, rakel: null },
    ]);
    // A Swedish spreadsheet: semicolons, Swedish headings in another order, Swedish type names.
    const semi = parseActorCsv('\uFEFFtelefon;namn;typ\n070-123 45 67;Brandkåren Norr;Räddningstjänst\n');
    expect(semi).toEqual({ errors: [], rows: [{ line: 2, name: 'Brandkåren Norr', type: 'rescue', phone: '070-123 45 67', email: null, rakel: null }] });
    // No heading: the columns in order, trailing ones may be left out.
    expect(parseActorCsv('SMHI\nTelia,business\n').rows.map((r) => [r.line, r.name, r.type])).toEqual([
      [1, 'SMHI', 'other'],
      [2, 'Telia', 'business'],
    ]);
    // A line break inside quotes keeps the following line numbers true.
    const multi = parseActorCsv('name,type,phone,email,rakel\n"A",other,"1\n2",,\nB,nonsense,,,\n');
    expect(multi.errors).toEqual([{ line: 4, reason: 'type', values: { value: 'nonsense' } }]);
  });

  it('names every bad line and its reason', () => {
    const { errors, rows } = parseActorCsv(
      ['name,type,phone,email,rakel', 'Bra,other,,,', ',other,,,', 'Fel typ,hemlig,,,', 'För,många,,,,,', 'Bra,other,,,', `Lång,other,${'1'.repeat(300)},,`, 'Styr,other,\u0007,,'].join('\n'),
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors.map((e) => [e.line, e.reason])).toEqual([
      [3, 'name'],
      [4, 'type'],
      [5, 'columns'],
      [6, 'duplicate'],
      [7, 'too_long'],
      [8, 'text'],
    ]);
    expect(parseActorCsv('name\n"Öppen').errors).toEqual([{ line: 2, reason: 'quote', values: {} }]);
    expect(parseActorCsv('  \n\n').errors).toEqual([{ line: 1, reason: 'empty', values: {} }]);
    expect(parseActorCsv('name,type\n').errors[0]?.reason).toBe('empty');
  });

  it('takes values starting with = + - @ as text, exactly as written; a CR inside a value refuses the line', () => {
    const { rows, errors } = parseActorCsv(['name,type,phone,email,rakel', '=HYPERLINK("http://x.example";"Klicka"),other,+46 8 123 45,@drift,-RAK-', '"\t+SUM(A1:A9)",other,,,', '"Vagn\rretur",other,,,'].join('\n'));
    expect(rows.map((r) => [r.name, r.phone, r.email, r.rakel])).toEqual([
      ['=HYPERLINK("http://x.example";"Klicka")', '+46 8 123 45', '@drift', '-RAK-'],
      ['+SUM(A1:A9)', null, null, null],
    ]);
    expect(errors).toEqual([{ line: 4, reason: 'text', values: { column: 'name' } }]);
  });
});

describe('actors.import', () => {
  it('imports all lines of a good file, formula-looking values as plain text', async () => {
    const b = await actorBoard();
    const before = (await b.call('actors.list', {})).actors.length;
    const result = await b.call('actors.import', { csv: 'namn;typ;telefon;e-post;rakel\n"=1+1";Övrig;+46 26 17 80 00;vakt@example.se;GÄV RTJ-2\nGästrike Vatten;company;;;\n' });
    expect(result).toEqual({ imported: 2 });
    const { actors } = await b.call('actors.list', {});
    expect(actors).toHaveLength(before + 2);
    expect(actors.at(-2)).toMatchObject({ name: '=1+1', type: 'other', rakel_group: 'GÄV RTJ-2', contacts: [{ name: null, role: null, phone: '+46 26 17 80 00', email: 'vakt@example.se' }] });
    expect(actors.at(-1)).toMatchObject({ name: 'Gästrike Vatten', type: 'company', contacts: [] });
  });

  it('imports nothing from a file with a bad line, and names every bad line', async () => {
    const b = await actorBoard();
    const head = (await b.call('record.head', {})).head;
    const bad = 'name,type\nNy aktör,other\nPolisen,police\nX,okänd\n';
    const reply = await b.call('actors.import', { csv: bad }).catch((err: { reply: unknown }) => err.reply);
    expect(reply).toMatchObject({
      code: 'validation',
      details: { fields: 'csv', reason: 'csv', lines: '3, 4', first_line: 3, first_reason: 'duplicate' },
      issues: [
        { path: 'line 3', message: 'Line 3: Polisen already exists' },
        { path: 'line 4', message: 'Line 4: unknown type okänd' },
      ],
    });
    expect((await b.call('record.head', {})).head).toEqual(head);
    expect((await b.call('actors.list', {})).actors.find((a) => a.name === 'Ny aktör')).toBeUndefined();
  });
});
