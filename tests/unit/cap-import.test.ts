import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staff, wall } from '../callers.js';
import { verifyBoardFile } from '../../electron/core/core.js';
import { readCap } from '../../electron/core/warnings/cap-read.js';
import { newBoard } from './helpers.js';
import { CAP_XSD, validate } from './xmllint.js';

const SAMPLES = 'tests/fixtures/samples/cap';
const samples = readdirSync(SAMPLES).sort();
const text = (name: string): string => readFileSync(join(SAMPLES, name), 'utf8');

describe('reading CAP', () => {
  it.each(samples)('agrees with the official schema about %s', (name) => {
    const xml = text(name);
    const schema = validate(xml, CAP_XSD);
    const alert = readCap(xml);
    expect(alert.valid).toBe(schema.ok);
    if (!alert.valid) expect(alert.problems.length).toBeGreaterThan(0);
  });

  it('says what is wrong with the Swedish VMA that is not valid CAP, line by line', () => {
    const alert = readCap(text('krisinformation-vma-gavle-2018-invalid.cap'));
    expect(alert.valid).toBe(false);
    expect(alert.problems).toContain('line 17: <senderName> is out of order in <info>');
    expect(alert.problems.some((p) => p.includes('<Type> is not allowed in <area>'))).toBe(true);
    expect(alert.infos[0]?.headline).toBe('Viktigt meddelande till allmänheten i Gävle');
  });

  it.each([
    ['not XML', 'Hej, det här är ingen XML'],
    ['another root', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>'],
    ['CAP 1.1', '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1"><identifier>x</identifier></alert>'],
    ['no identifier', '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><sender>a</sender><sent>2019-03-12T14:51:46+01:00</sent></alert>'],
    ['an entity bomb', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;">]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&y;</alert>'],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&x;</alert>'],
    ['cut off', text('smhi-01-smhi-bpm-1552396920785.xml').slice(0, 500)],
  ])('refuses a file that is not CAP: %s', (_what, xml) => {
    expect(() => readCap(xml)).toThrow();
  });
});

describe('importing CAP warnings', () => {
  it('brings every SMHI sample in as an incoming journal entry and a warning; the board still verifies', async () => {
    const b = await newBoard();
    const smhi = samples.filter((s) => s.startsWith('smhi-'));
    expect(smhi).toHaveLength(17);
    for (const name of smhi) {
      const r = await b.call('warnings.importCap', { file_name: name, xml: text(name) });
      expect(r.warning.alert.valid).toBe(true);
    }
    const { warnings } = await b.call('warnings.list', { active_only: true });
    expect(warnings).toHaveLength(17);
    const incoming = await b.call('journal.list', { query: { kinds: ['incoming'], origin: 'automatic' } });
    expect(incoming.total).toBe(17);
    const dalarna = incoming.entries.find((e) => e.text.includes('Dalarnas län utom Dalafjällen'));
    expect(dalarna).toMatchObject({ actor: 'SMHI, Swedish Meteorological and Hydrological Institute', occurred_at: '2019-03-12T13:51:46.000Z' });
    expect(dalarna?.text).toContain('10-15 cm snö');
    // A wall seat sees warnings: they are public.
    const asWall = await b.core.dispatch('warnings.list', { active_only: false }, wall());
    expect(asWall.ok).toBe(true);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('the same alert twice changes nothing the second time', async () => {
    const b = await newBoard();
    const name = 'smhi-05-smhi-bpm-1552397401981.xml';
    const first = await b.call('warnings.importCap', { file_name: name, xml: text(name) });
    const again = await b.call('warnings.importCap', { file_name: name, xml: text(name) });
    expect(again.warning.id).toBe(first.warning.id);
    expect((await b.call('journal.list', {})).total).toBe(1);
    b.core.close();
  });

  it('applies an update and a cancel by their references', async () => {
    const b = await newBoard();
    const original = text('smhi-05-smhi-bpm-1552397401981.xml');
    await b.call('warnings.importCap', { file_name: 'a.xml', xml: original });
    const ref = 'noreplyvarning@smhi.se,smhi-bpm-1552397401981,2019-03-12T14:51:46+01:00';
    const update = original
      .replace('<identifier>smhi-bpm-1552397401981</identifier>', '<identifier>smhi-bpm-2</identifier>')
      .replace('<sent>2019-03-12T14:51:46+01:00</sent>', '<sent>2019-03-12T16:00:00+01:00</sent>')
      .replace('<msgType>Alert</msgType>', '<msgType>Update</msgType>')
      .replace('<code>system_affiliation 5</code>', `<code>system_affiliation 5</code>`)
      .replace('<code>system_alert_category warning</code>', `<code>system_alert_category warning</code>\n        <references>${ref}</references>`);
    const r = await b.call('warnings.importCap', { file_name: 'b.xml', xml: update });
    expect(r.warning.alert.valid).toBe(true);
    expect(r.applied).toEqual([{ id: 1, state: 'updated' }]);
    const cancel = update
      .replace('<identifier>smhi-bpm-2</identifier>', '<identifier>smhi-bpm-3</identifier>')
      .replace('<sent>2019-03-12T16:00:00+01:00</sent>', '<sent>2019-03-12T18:00:00+01:00</sent>')
      .replace('<msgType>Update</msgType>', '<msgType>Cancel</msgType>')
      .replace(ref, 'noreplyvarning@smhi.se,smhi-bpm-2,2019-03-12T15:00:00+00:00');
    const c = await b.call('warnings.importCap', { file_name: 'c.xml', xml: cancel });
    expect(c.applied).toEqual([{ id: 2, state: 'cancelled' }]);
    const { warnings } = await b.call('warnings.list', { active_only: false });
    expect(warnings.map((w) => [w.id, w.state, w.replaced_by])).toEqual([[3, 'active', null], [2, 'cancelled', 3], [1, 'updated', 2]]);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('keeps an invalid CAP file readable, marked, and lets it change no other warning', async () => {
    const b = await newBoard();
    const r = await b.call('warnings.importCap', { file_name: 'vma.cap', xml: text('krisinformation-vma-gavle-2018-invalid.cap') });
    expect(r.warning.alert.valid).toBe(false);
    const entry = (await b.call('journal.list', {})).entries[0];
    expect(entry?.text).toContain('Viktigt meddelande till allmänheten i Gävle');
    expect(entry?.text).toContain('inte giltig CAP 1.2');
    b.core.close();
  });

  it('refuses a file that is not CAP and changes nothing', async () => {
    const b = await newBoard();
    const reply = await b.core.dispatch('warnings.importCap', { file_name: 'feed.xml', xml: '<feed/>' }, staff());
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatchObject({ code: 'not_cap', details: { file: 'feed.xml' } });
    expect((await b.call('journal.list', {})).total).toBe(0);
    b.core.close();
    const db = new Database(b.path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM record').get()).toEqual({ n: 1 });
    db.close();
  });
});
