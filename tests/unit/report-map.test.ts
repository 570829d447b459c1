import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kommunBoundaries } from '../../electron/core/geo/kommun-boundaries.js';
import { documentHash } from '../../electron/core/reports/document.js';
import { VERTICES_MAX } from '../../electron/core/reports/snapshot/frame.js';
import { FEATURES_MAX, mapSnapshot, type SnapshotInput } from '../../electron/core/reports/snapshot/snapshot.js';
import { symbolSet } from '../../electron/core/reports/snapshot/symbols.js';
import { parseXml, type XmlElement } from '../../electron/core/xml/tree.js';
import { ReportDocument } from '../../shared/reports/domain.js';
import { wall } from '../callers.js';
import { newBoard } from './helpers.js';
import { validate } from './xmllint.js';
import { refusal } from './report-helpers.js';

const RESOURCES = resolve('resources');
const EDXL_XSD = resolve('tests/fixtures/schemas/edxl-de-1.0/EDXL-DE_Schema_v1.0.xsd');

/** Every element of an SVG, depth first. */
function elements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(elements)];
}

const feature = (id: number, geometry: unknown, extra: Partial<{ category: string; status: string; new: boolean }> = {}) => ({
  id,
  title: `Objekt ${id}`,
  category: 'trygghetspunkt',
  status: 'active',
  geometry,
  new: false,
  ...extra,
});

function input(features: SnapshotInput['features'], neighbours: SnapshotInput['neighbours'] = []): SnapshotInput {
  return { kommunCode: '2180', kommunName: 'Gävle', at: '2026-11-24T05:00:00.000Z', boundaries: kommunBoundaries(RESOURCES), symbols: symbolSet(RESOURCES), features, neighbours };
}

describe('the lägesrapport’s map snapshot', () => {
  it('is drawn into a new report and frozen with it: the kommun, its neighbours, symbols, hatched areas, scale and north', async () => {
    const b = await newBoard({ resourcesDir: RESOURCES });
    await b.call('map.create', { geometry: { type: 'Point', coordinates: [17.14, 60.67] }, title: 'Trygghetspunkt Sätra', category: 'trygghetspunkt' });
    await b.call('map.create', { geometry: { type: 'Polygon', coordinates: [[[17.0, 60.6], [17.1, 60.6], [17.1, 60.65], [17.0, 60.6]]] }, title: 'Strömavbrott', category: 'affected' });
    await b.call('map.create', { geometry: { type: 'LineString', coordinates: [[17.0, 60.6], [17.2, 60.7]] }, title: 'E4 avstängd', category: 'closed_road', status: 'planned' });
    const r = await b.call('reports.create', {});
    const map = r.body.map;
    if (!map) throw new Error('no map snapshot');
    expect(map).toMatchObject({ projection: 'EPSG:3006', drawn: 3, left_out: 0 });
    // Around Gävle (60.67 N, 17.14 E).
    expect(map.bbox[0]).toBeLessThan(17.14);
    expect(map.bbox[2]).toBeGreaterThan(17.14);
    const svg = parseXml(map.svg);
    const all = elements(svg);
    expect(svg.name).toBe('svg');
    // Self-contained and inert: no script, no event handler, no reference outside itself.
    expect(all.some((e) => e.name === 'script' || e.name === 'foreignObject')).toBe(false);
    expect(map.svg).not.toMatch(/\son[a-z]+=/i);
    expect(all.flatMap((e) => Object.entries(e.attributes).filter(([k]) => k === 'href' || k.endsWith(':href')).map(([, v]) => v)).every((v) => v.startsWith('#'))).toBe(true);
    expect(all.find((e) => e.attributes.id === 'sym-trygghetspunkt')?.name).toBe('symbol');
    // Every id once: the map and its legend share one definition of each symbol.
    const ids = all.map((e) => e.attributes.id).filter((id) => id !== undefined);
    expect(ids).toEqual([...new Set(ids)]);
    expect(all.some((e) => e.name === 'use' && e.attributes.href === '#sym-trygghetspunkt')).toBe(true);
    // The area hatched with lines clipped to it, in its kind's colour.
    const hatched = all.find((e) => e.name === 'g' && e.attributes['clip-path']?.startsWith('url(#area-'));
    expect(hatched?.attributes.stroke).toBe('#c2410c');
    expect(all.some((e) => e.name === 'clipPath' && `url(#${e.attributes.id ?? ''})` === hatched?.attributes['clip-path'])).toBe(true);
    const texts = all.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts.some((t) => /^Gävle kommun – läget \d{4}-\d\d-\d\d \d\d:\d\d$/.test(t))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(['N', 'Sandviken', 'Drabbat område', 'Avstängd väg', 'Trygghetspunkt', 'Planerad']));
    expect(texts.some((t) => /^\d+ km$/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('Gränser: SCB'))).toBe(true);

    // Frozen with the report: schema 2, and the hash covers the picture.
    await b.call('reports.freeze', { number: r.number });
    const json = await b.call('reports.export', { number: 1, format: 'json' });
    const doc = ReportDocument.parse(JSON.parse(json.text));
    expect(doc.schema).toBe('samlad.lagesrapport/2');
    expect(doc.body.map?.svg).toBe(map.svg);
    const other = await newBoard({ kommun: '2181' });
    const altered = json.text.replace('Trygghetspunkt</text>', 'Brand</text>');
    expect(altered).not.toBe(json.text);
    expect(await refusal(other.call('reports.import', { file_name: 'r.json', text: altered }))).toBe('report_tampered');
    expect((await other.call('reports.list', {})).received).toHaveLength(0);

    // The HTML (what the PDF is printed from) shows it as an image; the envelope carries it as SVG and still validates.
    const html = await b.call('reports.export', { number: 1, format: 'html' });
    expect(html.text).toContain(map.svg.slice(40));
    expect(html.text).toContain('<svg role="img" aria-label="Kartbild över läget: 3 objekt"');
    const edxl = await b.call('reports.export', { number: 1, format: 'edxl' });
    expect(edxl.text).toContain('<mimeType>image/svg+xml</mimeType>');
    expect(validate(edxl.text, EDXL_XSD).output).toContain('validates');
    expect((await other.call('reports.import', { file_name: edxl.file_name, text: edxl.text })).document.body.map?.svg).toBe(map.svg);
    b.core.close();
    other.core.close();
  });

  it('a schema 1 report (before the map) is still read', async () => {
    const b = await newBoard();
    await b.call('reports.create', {});
    await b.call('reports.freeze', { number: 1 });
    const doc = ReportDocument.parse(JSON.parse((await b.call('reports.export', { number: 1, format: 'json' })).text));
    const { content_hash: _hash, ...rest } = doc;
    const { map: _map, ...bodyV1 } = rest.body;
    const v1 = { ...rest, schema: 'samlad.lagesrapport/1' as const, body: bodyV1 };
    const text = JSON.stringify({ ...v1, content_hash: documentHash(v1) });
    const other = await newBoard({ kommun: '2181' });
    const received = await other.call('reports.import', { file_name: 'v1.json', text });
    expect(received.document.schema).toBe('samlad.lagesrapport/1');
    expect(received.document.body.map).toBeUndefined();
    b.core.close();
    other.core.close();
  });

  it('is bounded: long outlines thinned, features past the cap counted as left out, bad geometry skipped', () => {
    const ring = Array.from({ length: 40_001 }, (_, i): [number, number] => {
      const a = (i / 40_000) * 2 * Math.PI;
      return [17.1 + 0.1 * Math.cos(a) + (i % 2) * 0.001, 60.65 + 0.05 * Math.sin(a)];
    });
    ring[ring.length - 1] = ring[0] ?? [0, 0];
    const big = mapSnapshot(input([feature(1, { type: 'Polygon', coordinates: [ring] }, { category: 'hazard' }), feature(2, { type: 'Point', coordinates: ['x', 1] })]));
    expect(big).toMatchObject({ drawn: 1, left_out: 1 });
    const longest = Math.max(...[...(big?.svg ?? '').matchAll(/ d="([^"]*)"/g)].map((m) => (m[1] ?? '').split('L').length));
    expect(longest).toBeLessThanOrEqual(VERTICES_MAX);

    const many = Array.from({ length: FEATURES_MAX + 5 }, (_, i) => feature(i + 1, { type: 'Point', coordinates: [17 + (i % 50) / 100, 60.6 + i / 20_000] }));
    expect(mapSnapshot(input(many))).toMatchObject({ drawn: FEATURES_MAX, left_out: 5 });
  });

  it('draws a neighbour’s features in their own grey, whatever their words say', () => {
    const hostile = '"><script>alert(1)</script>';
    const map = mapSnapshot(
      input([feature(1, { type: 'Point', coordinates: [17.14, 60.67] })], [
        { kommun: 'Sandviken', features: [feature(9, { type: 'Polygon', coordinates: [[[16.7, 60.6], [16.8, 60.6], [16.8, 60.65], [16.7, 60.6]]] }, { category: hostile, status: hostile })] },
      ]),
    );
    expect(map?.svg).not.toContain('<script');
    const all = elements(parseXml(map?.svg ?? ''));
    expect(all.some((e) => e.name === 'path' && e.attributes.stroke === '#374151' && e.attributes['stroke-dasharray'] === '4 4')).toBe(true);
    expect(all.filter((e) => e.name === 'text').map((e) => e.text)).toContain('Grannaktörers objekt');
  });

  it('marks what is new since the previous report, but not everything in a first one', () => {
    const point = { type: 'Point', coordinates: [17.14, 60.67] };
    const halo = (m: ReturnType<typeof mapSnapshot>): boolean => (m?.svg ?? '').includes('fill="#f59e0b"');
    expect(halo(mapSnapshot(input([feature(1, point, { new: true }), feature(2, point, { new: true })])))).toBe(false);
    expect(halo(mapSnapshot(input([feature(1, point, { new: true }), feature(2, point)])))).toBe(true);
  });

  it('without boundary data still draws the features (plain markers), and nothing at all is no map', async () => {
    const map = mapSnapshot({ ...input([feature(1, { type: 'Point', coordinates: [17.14, 60.67] }, { category: 'brand' })]), boundaries: kommunBoundaries(null), symbols: symbolSet(null) });
    expect(map?.svg).toContain('<symbol id="sym-brand"');
    expect(mapSnapshot({ ...input([]), boundaries: kommunBoundaries(null) })).toBeNull();
    const b = await newBoard();
    expect((await b.call('reports.create', {})).body.map).toBeNull();
    b.core.close();
  });
});

describe('reports.pdf', () => {
  it('prints a frozen report’s page (with its map) through the printer core was given, for any seat', async () => {
    const pages: string[] = [];
    const b = await newBoard({ resourcesDir: RESOURCES, pdf: (html) => (pages.push(html), Promise.resolve(Buffer.from('%PDF-1.7 test'))) });
    await b.call('map.create', { geometry: { type: 'Point', coordinates: [17.14, 60.67] }, title: 'Trygghetspunkt', category: 'trygghetspunkt' });
    await b.call('reports.create', {});
    expect(await refusal(b.call('reports.pdf', { number: 1 }))).toBe('report_not_frozen');
    await b.call('reports.freeze', { number: 1 });
    const reply = await b.core.dispatch('reports.pdf', { number: 1 }, wall());
    expect(reply).toMatchObject({ ok: true, result: { file_name: 'lagesrapport-2180-nr1.pdf', mime_type: 'application/pdf' } });
    expect(Buffer.from((reply.ok ? (reply.result as { base64: string }) : { base64: '' }).base64, 'base64').toString()).toBe('%PDF-1.7 test');
    expect(pages[0]).toContain('<svg role="img"');
    expect(await refusal(b.call('reports.pdf', { number: 7 }))).toBe('not_found');
    b.core.close();
  });

  it('says clearly when there is no printer, or it fails', async () => {
    const none = await newBoard();
    await none.call('reports.create', {});
    await none.call('reports.freeze', { number: 1 });
    expect(await refusal(none.call('reports.pdf', { number: 1 }))).toBe('pdf_unavailable');
    none.core.close();
    const failing = await newBoard({ pdf: () => Promise.reject(new Error('Chromium crashed')) });
    await failing.call('reports.create', {});
    await failing.call('reports.freeze', { number: 1 });
    expect(await refusal(failing.call('reports.pdf', { number: 1 }))).toBe('pdf_failed');
    failing.core.close();
  });
});
