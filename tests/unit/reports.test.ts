import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wall } from '../callers.js';
import { verifyBoardFile } from '../../electron/core/core.js';
import { ReportDocument } from '../../shared/reports/domain.js';
import { newBoard, tempDir, type TestBoard } from './helpers.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { content } from './message-fixtures.js';
import { validate } from './xmllint.js';
import { refusal } from './report-helpers.js';

const EDXL_XSD = resolve('tests/fixtures/schemas/edxl-de-1.0/EDXL-DE_Schema_v1.0.xsd');

const records = (path: string): number => {
  const db = new Database(path, { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM record').get() as { n: number }).n;
  db.close();
  return n;
};

/** A board with a decision, an action, a plain note and a published message, and report 1 frozen. */
async function boardWithReport(name = 'Storm Hilda', kommun = '2180'): Promise<TestBoard> {
  // With the usual actors: the neighbouring kommuner are among them.
  const b = await newBoard({ kommun, seedActors: true });
  const own = (await b.call('actors.list', {})).actors.find((a) => a.type === 'crisis_management');
  await b.call('actors.setStatus', { id: own?.id ?? 0, level: 'activated', situation: `${name}: krisledningsnämnden aktiverad` });
  await b.call('journal.append', { kind: 'decision', text: 'Stab upprättad', significant: true });
  await b.call('journal.append', { kind: 'action', text: 'Trygghetspunkt öppnad i Sätra' });
  await b.call('journal.append', { kind: 'information', text: 'Kaffe i fikarummet' });
  await b.call('messages.create', { content: content() });
  await b.call('messages.publish', { id: 1, version: 1, channels: ['webb'] });
  await b.call('map.create', { geometry: { type: 'Point', coordinates: [17.14, 60.67] }, title: `Trygghetspunkt ${name}`, category: 'trygghetspunkt' });
  const r = await b.call('reports.create', {});
  await b.call('reports.edit', { number: r.number, sections: [{ key: 'consequences', text: `${name}: 4 300 hushåll utan ström` }] });
  await b.call('reports.freeze', { number: r.number });
  return b;
}

describe('lägesrapport', () => {
  it('is composed from the board, edited, frozen with its hash and the head, and never changes after', async () => {
    const b = await newBoard();
    await b.call('journal.append', { kind: 'decision', text: 'Stab upprättad', significant: true });
    await b.call('journal.append', { kind: 'information', text: 'Kaffe i fikarummet' });
    const r = await b.call('reports.create', {});
    expect(r).toMatchObject({ number: 1, status: 'draft' });
    expect(r.body.sections.map((s) => s.title)).toEqual([
      '1 Händelse och sammanfattning', '2 Konsekvenser', '3 Vidtagna åtgärder', '4 Planerade åtgärder', '5 Resurser och behov av stöd',
      '6 Berörda aktörer och deras läge', '7 Bedömning och prognos', '8 Kommunikation', '9 Nästa rapport',
    ]);
    expect(r.body.entries.map((e) => e.text)).toEqual(['Stab upprättad']);
    expect(r.body.sections[2]?.text).toContain('Stab upprättad');
    expect(r.empty_sections).toContain('consequences');
    expect(await refusal(b.call('reports.create', {}))).toBe('report_draft_open');

    const edited = await b.call('reports.edit', { number: 1, sections: [{ key: 'assessment', text: 'Läget stabilt till i kväll' }] });
    expect(edited.empty_sections).not.toContain('assessment');
    const frozen = await b.call('reports.freeze', { number: 1 });
    expect(frozen.status).toBe('frozen');
    expect(frozen.content_hash).toMatch(/^[0-9a-f]{64}$/);
    const head = (await b.call('record.head', {})).head;
    // The head it carries is the board's head just before the freeze record (and its log entry).
    expect(frozen.head?.seq).toBe((head?.seq ?? 0) - 2);
    expect(await refusal(b.call('reports.edit', { number: 1, sections: [{ key: 'assessment', text: 'Ändrat' }] }))).toBe('report_frozen');
    const outgoing = await b.call('journal.list', { query: { kinds: ['outgoing'] } });
    expect(outgoing.entries[0]?.text).toContain('Lägesrapport nr 1 fastställd');

    // The next report covers what came after the first.
    await b.call('journal.append', { kind: 'action', text: 'Reservkraft till äldreboendet' });
    const second = await b.call('reports.create', {});
    expect(second.number).toBe(2);
    // What was recorded after the first report's head: its own freezing, and the new action.
    expect(second.body.entries.map((e) => e.text.slice(0, 28))).toEqual(['Lägesrapport nr 1 fastställd', 'Reservkraft till äldreboende']);
    expect(second.body.period.from).toBe(frozen.frozen_at);
    // A wall seat sees frozen reports only.
    const asWall = await b.core.dispatch('reports.list', {}, wall());
    expect(asWall.ok && (asWall.result as { reports: { number: number }[] }).reports.map((x) => x.number)).toEqual([1]);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });

  it('exports JSON of its documented schema, escaped HTML and an EDXL-DE 1.0 envelope that validates', async () => {
    const b = await boardWithReport('<script>alert(1)</script>');
    const json = await b.call('reports.export', { number: 1, format: 'json' });
    const doc = ReportDocument.parse(JSON.parse(json.text));
    expect(doc).toMatchObject({ schema: 'samlad.lagesrapport/2', number: 1, board: { kommun_code: '2180', exercise: true } });
    expect(doc.body.messages.map((m) => m.headline)).toEqual(['Stäng fönster och dörrar']);
    const html = await b.call('reports.export', { number: 1, format: 'html' });
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.text).not.toContain('<script>');
    expect(html.text).toContain('ÖVNING');
    expect(html.text).toContain(doc.head.hash);
    const edxl = await b.call('reports.export', { number: 1, format: 'edxl' });
    const check = validate(edxl.text, EDXL_XSD);
    expect(check.output).toContain('validates');
    expect(edxl.text).toContain('<distributionStatus>Exercise</distributionStatus>');
    expect(await refusal(b.call('reports.export', { number: 9, format: 'json' }))).toBe('not_found');
    b.core.close();
  });

  it('two boards exchange reports both ways; each sees the other’s', async () => {
    const a = await boardWithReport('Gävle');
    const c = await boardWithReport('Sandviken', '2181');
    const fromA = await a.call('reports.export', { number: 1, format: 'edxl' });
    const fromC = await c.call('reports.export', { number: 1, format: 'json' });
    const atC = await c.call('reports.import', { file_name: fromA.file_name, text: fromA.text });
    const atA = await a.call('reports.import', { file_name: fromC.file_name, text: fromC.text });
    expect(atC.document.body.sections[1]?.text).toBe('Gävle: 4 300 hushåll utan ström');
    expect(atA.document.body.sections[1]?.text).toBe('Sandviken: 4 300 hushåll utan ström');
    // Each sees the other's map features (shown as a read-only layer), marked new in a first report.
    expect(atC.document.body.features).toEqual([expect.objectContaining({ title: 'Trygghetspunkt Gävle', category: 'trygghetspunkt', status: 'active', new: true })]);
    expect(atA.document.body.features.map((f) => f.title)).toEqual(['Trygghetspunkt Sandviken']);
    // … and the other's own status on its actor panel ("Sandvikens kommun" is Gävle's neighbour).
    const sandviken = (await a.call('actors.list', {})).actors.find((x) => x.name === 'Sandviken kommun');
    expect(sandviken?.status).toMatchObject({ level: 'activated', situation: 'Sandviken: krisledningsnämnden aktiverad' });
    const gavle = (await c.call('actors.list', {})).actors.find((x) => x.name === 'Gävle kommun');
    expect(gavle?.status?.level).toBe('activated');
    expect((await a.call('reports.list', {})).received).toHaveLength(1);
    const incoming = await c.call('journal.list', { query: { kinds: ['incoming'] } });
    expect(incoming.entries[0]?.text).toContain('Lägesrapport nr 1 från Gävle kommun');
    // Its own report back, or the same one again, changes nothing.
    const own = await a.call('reports.export', { number: 1, format: 'json' });
    expect(await refusal(a.call('reports.import', { file_name: 'x.json', text: own.text }))).toBe('own_report');
    expect(await refusal(c.call('reports.import', { file_name: fromA.file_name, text: fromA.text }))).toBe('report_older');
    a.core.close();
    c.core.close();
    expect(verifyBoardFile(a.path).ok).toBe(true);
    expect(verifyBoardFile(c.path).ok).toBe(true);
  });

  it('refuses a truncated, altered, foreign or tampered file and changes nothing', async () => {
    const a = await boardWithReport();
    const c = await newBoard();
    const json = (await a.call('reports.export', { number: 1, format: 'json' })).text;
    const edxl = (await a.call('reports.export', { number: 1, format: 'edxl' })).text;
    const before = records(c.path);
    const altered = json.replace('4 300 hushåll', '43 hushåll');
    const data = /<contentData>([^<]+)<\/contentData>/.exec(edxl)?.[1] ?? '';
    const forged = Buffer.from(Buffer.from(data, 'base64').toString('utf8').replace('4 300', '4 301'), 'utf8').toString('base64');
    for (const [text, code] of [
      [json.slice(0, json.length / 2), 'bad_report'],
      [altered, 'report_tampered'],
      [edxl.replace(data, forged), 'report_tampered'],
      [edxl.slice(0, 400), 'bad_report'],
      ['{"schema":"något annat"}', 'bad_report'],
      // Relabelled as if another board had sent it.
      [json.replace(/"id": "[^"]+"/, '"id": "en-annan-handelse"'), 'report_tampered'],
      ['<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"/>', 'bad_report'],
    ] as const) {
      expect(await refusal(c.call('reports.import', { file_name: 'in.json', text }))).toBe(code);
    }
    c.core.close();
    expect(records(c.path)).toBe(before);
    a.core.close();
  });

  it('Skicka writes the export into the recipient\'s folder whole and records it; a folder that fails records nothing', async () => {
    const b = await boardWithReport();
    const outbox = tempDir();
    const sandviken = await b.call('reports.saveRecipient', { name: 'Sandvikens kommun', folder: outbox });
    expect(await refusal(b.call('reports.saveRecipient', { name: 'Relativ', folder: 'utkorg' }))).toBe('bad_folder');
    const sent = await b.call('reports.send', { number: 1, recipient: sandviken.id, format: 'edxl' });
    expect(sent.sent).toEqual([expect.objectContaining({ recipient: 'Sandvikens kommun', format: 'edxl', file: join(outbox, 'lagesrapport-2180-nr1.edxl.xml') })]);
    // What landed in the folder is the report, whole, and no temporary file is left behind.
    expect(readdirSync(outbox)).toEqual(['lagesrapport-2180-nr1.edxl.xml']);
    expect(validate(readFileSync(join(outbox, 'lagesrapport-2180-nr1.edxl.xml'), 'utf8'), EDXL_XSD).ok).toBe(true);
    const logged = await b.call('journal.list', { query: { search: 'skickad' } });
    expect(logged.entries[0]?.text).toContain('Lägesrapport nr 1 skickad till Sandvikens kommun');

    const gone = await b.call('reports.saveRecipient', { name: 'USB-minnet', folder: join(outbox, 'finns-inte') });
    const before = records(b.path);
    expect(await refusal(b.call('reports.send', { number: 1, recipient: gone.id }))).toBe('send_failed');
    expect(records(b.path)).toBe(before);
    await b.call('reports.removeRecipient', { id: gone.id });
    expect((await b.call('reports.recipients', {})).recipients.map((r) => r.name)).toEqual(['Sandvikens kommun']);
    // Host folders are not for a wall seat.
    expect((await b.core.dispatch('reports.recipients', {}, wall())).ok).toBe(false);
    b.core.close();
    expect(verifyBoardFile(b.path).ok).toBe(true);
  });
});
