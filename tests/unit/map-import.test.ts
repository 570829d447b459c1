import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, IMPORT_MAX_FEATURES } from '../../shared/map/import.js';
import { newBoard } from './helpers.js';

const fc = (features: unknown[]): string => JSON.stringify({ type: 'FeatureCollection', features });
const pointFeature = (lon: number, lat: number, properties: Record<string, unknown> = {}) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
const square = [
  [18.0, 59.3],
  [18.1, 59.3],
  [18.1, 59.4],
  [18.0, 59.4],
  [18.0, 59.3],
];

async function board() {
  const b = await newBoard({ verifyOnOpen: false });
  const importFile = (file_name: string, text: string) => b.call('map.import', { file_name, text });
  /** The refusal's details, or fails the test when the import went through. */
  const refused = async (file_name: string, text: string) => {
    const error = await importFile(file_name, text).then(
      () => null,
      (e: { reply?: { code: string; details?: Record<string, unknown> } }) => e.reply ?? null,
    );
    expect(error?.code).toBe('import_invalid');
    return error?.details ?? {};
  };
  const count = async () => (await b.call('map.list', {})).features.length;
  const entries = async () => (await b.call('journal.list', {})).total;
  return { ...b, importFile, refused, count, entries };
}

describe('GeoJSON import', () => {
  it('imports a FeatureCollection all at once, with one journal entry for the whole file', async () => {
    const b = await board();
    const text = fc([
      pointFeature(18.07, 59.33, { name: 'Brand i förråd', category: 'brand', description: 'Rökutveckling' }),
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[18, 59], [18.1, 59.1]] }, properties: { title: 'E4 avstängd', category: 'closed_road', status: 'planned' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] }, properties: null, bbox: [18, 59.3, 18.1, 59.4] },
      { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[square]] }, properties: { category: 'brand' } },
      pointFeature(18.07, 59.33, { name: 'Spärr', category: 'AVSPÄRRNING' }),
      pointFeature(18.07, 59.33, { name: 'Vatten', category: 'Emergency water' }),
    ]);
    expect(await b.importFile('vägar.geojson', text)).toEqual({ imported: 6, first_id: 1, last_id: 6 });
    const features = (await b.call('map.list', {})).features;
    expect(features.map((f) => [f.id, f.kind, f.category, f.status, f.title])).toEqual([
      [1, 'point', 'brand', 'active', 'Brand i förråd'],
      [2, 'line', 'closed_road', 'planned', 'E4 avstängd'],
      [3, 'area', 'affected', 'active', 'Namnlöst objekt 3'],
      // A category that does not fit the geometry gives way to the kind's default.
      [4, 'area', 'affected', 'active', 'Namnlöst objekt 4'],
      // A category by its Swedish or English name, in any case.
      [5, 'point', 'avsparrning', 'active', 'Spärr'],
      [6, 'point', 'nodvatten', 'active', 'Vatten'],
    ]);
    expect(features[0]?.description).toBe('Rökutveckling');
    const journal = await b.call('journal.list', { query: { origin: 'automatic' } });
    expect(journal.entries.map((e) => [e.text, e.kind, e.source])).toEqual([['Import: 6 objekt från vägar.geojson', 'information', 'map/import-1-6']]);
    b.core.close();
  });

  it('imports a single Feature or a bare geometry, and reads back its own export', async () => {
    const b = await board();
    await b.importFile('en.json', JSON.stringify(pointFeature(18, 59, { title: 'Ett' })));
    await b.importFile('geometri.geojson', JSON.stringify({ type: 'Point', coordinates: [18.5, 59.5, 12] }));
    const exported = await b.call('map.export', {});
    await b.importFile('export.geojson', JSON.stringify(exported));
    const titles = (await b.call('map.list', {})).features.map((f) => f.title);
    expect(titles).toEqual(['Ett', 'Namnlöst objekt 1', 'Ett', 'Namnlöst objekt 1']);
    b.core.close();
  });

  it.each([
    ['not JSON', '{"type": "FeatureCollection", "features": [', { problem: 'not_json' }],
    ['an unknown root type', JSON.stringify({ type: 'Topology' }), { problem: 'bad_structure', path: 'type' }],
    ['features not an array', JSON.stringify({ type: 'FeatureCollection', features: {} }), { problem: 'bad_structure', path: 'features' }],
    ['a feature of the wrong type', fc([pointFeature(18, 59), { type: 'Point', coordinates: [1, 2] }]), { problem: 'bad_structure', feature_index: 1, path: 'type' }],
    ['a longitude out of range', fc([pointFeature(18, 59), pointFeature(18, 59), pointFeature(190, 59)]), { problem: 'bad_geometry', feature_index: 2, path: 'geometry.coordinates.0' }],
    ['a latitude out of range', fc([pointFeature(18, 91)]), { problem: 'bad_geometry', feature_index: 0 }],
    ['a ring not closed', fc([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [square.slice(0, 4)] }, properties: {} }]), { problem: 'bad_geometry', feature_index: 0, path: 'geometry.coordinates.0' }],
    ['a ring of three positions', fc([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[18, 59], [18.1, 59], [18, 59]]] }, properties: {} }]), { problem: 'bad_geometry', feature_index: 0 }],
    ['a line of one position', fc([{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[18, 59]] }, properties: {} }]), { problem: 'bad_geometry', feature_index: 0 }],
    ['wrong nesting (a polygon given a line’s coordinates)', fc([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: square }, properties: {} }]), { problem: 'bad_geometry', feature_index: 0 }],
    ['a position of strings', fc([{ type: 'Feature', geometry: { type: 'Point', coordinates: ['18', '59'] }, properties: {} }]), { problem: 'bad_geometry', feature_index: 0 }],
    ['a missing geometry', fc([{ type: 'Feature', geometry: null, properties: {} }]), { problem: 'bad_geometry', feature_index: 0 }],
    ['an unsupported geometry type', fc([{ type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [] }, properties: {} }]), { problem: 'bad_geometry', feature_index: 0 }],
    ['SWEREF 99 TM metres instead of degrees', JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } }, features: [pointFeature(18, 59)] }), { problem: 'bad_structure', path: 'crs' }],
    ['a title with a control character', fc([pointFeature(18, 59, { title: 'Brand\u0007' })]), { problem: 'bad_structure', feature_index: 0, path: 'properties.title' }],
    ['valid_until before valid_from', fc([pointFeature(18, 59, { valid_from: '2026-11-24T10:00:00Z', valid_until: '2026-11-23T10:00:00Z' })]), { problem: 'bad_structure', feature_index: 0 }],
    ['no features', fc([]), { problem: 'no_features' }],
  ])('refuses %s, says where, and imports nothing', async (_name, text, where) => {
    const b = await board();
    const before = await b.entries();
    const details = await b.refused('fel.geojson', text);
    expect(details).toMatchObject(where);
    expect(typeof details.reason).toBe('string');
    expect(await b.count()).toBe(0);
    expect(await b.entries()).toBe(before);
    b.core.close();
  });

  it('names the line of a JSON syntax error', async () => {
    const b = await board();
    const details = await b.refused('fel.geojson', '{\n  "type": "FeatureCollection",\n  "features": [,]\n}');
    expect(details).toMatchObject({ problem: 'not_json', line: 3 });
    b.core.close();
  });

  it('refuses a file over the caps: too many features, too many bytes, an unknown format', async () => {
    const b = await board();
    const many = fc(Array.from({ length: IMPORT_MAX_FEATURES + 1 }, () => pointFeature(18, 59)));
    expect(await b.refused('många.geojson', many)).toMatchObject({ problem: 'too_many_features' });
    // Under the character cap, over the byte cap: å is two bytes of UTF-8.
    const heavy = fc([pointFeature(18, 59, { description: 'å'.repeat(IMPORT_MAX_BYTES / 2 + 10) })]);
    expect(await b.refused('tung.geojson', heavy)).toMatchObject({ problem: 'too_large' });
    expect(await b.refused('karta.shp', fc([pointFeature(18, 59)]))).toMatchObject({ problem: 'unknown_format' });
    expect(await b.count()).toBe(0);
    b.core.close();
  });
});

const kml = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n${body}\n</Document>\n</kml>`;

describe('KML import', () => {
  it('imports Placemarks: Point, LineString, Polygon with holes, MultiGeometry; name and description', async () => {
    const b = await board();
    const text = kml(`<Folder><name>Lager</name>
  <Placemark><name>Värmestuga &amp; café</name><description><![CDATA[<b>Öppen</b> dygnet runt]]></description>
    <Point><coordinates>18.0686,59.3293,0</coordinates></Point></Placemark>
</Folder>
<Placemark><name>Omledning</name><LineString><coordinates>
  18.0,59.3 18.1,59.35
  18.2,59.4
</coordinates></LineString></Placemark>
<Placemark><name>Område</name><Polygon>
  <outerBoundaryIs><LinearRing><coordinates>18,59 19,59 19,60 18,60 18,59</coordinates></LinearRing></outerBoundaryIs>
  <innerBoundaryIs><LinearRing><coordinates>18.4,59.4 18.6,59.4 18.6,59.6 18.4,59.4</coordinates></LinearRing></innerBoundaryIs>
</Polygon></Placemark>
<Placemark><name>Två linjer</name><MultiGeometry>
  <LineString><coordinates>18,59 18.1,59.1</coordinates></LineString>
  <LineString><coordinates>18.2,59.2 18.3,59.3</coordinates></LineString>
</MultiGeometry></Placemark>`);
    expect(await b.importFile('lager.kml', text)).toMatchObject({ imported: 4 });
    const features = (await b.call('map.list', {})).features;
    expect(features.map((f) => [f.title, f.geometry.type])).toEqual([
      ['Värmestuga & café', 'Point'],
      ['Omledning', 'LineString'],
      ['Område', 'Polygon'],
      ['Två linjer', 'MultiLineString'],
    ]);
    expect(features[0]?.description).toBe('<b>Öppen</b> dygnet runt');
    expect(features[0]?.geometry.coordinates).toEqual([18.0686, 59.3293, 0]);
    expect(features[2]?.geometry.coordinates).toHaveLength(2);
    b.core.close();
  });

  it.each([
    ['a DTD with an entity (billion laughs, external file)', `<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<kml><Placemark><name>&xxe;</name></Placemark></kml>`, { problem: 'unsafe_kml', line: 2 }],
    ['an unknown entity', kml('<Placemark><name>&nbsp;</name><Point><coordinates>18,59</coordinates></Point></Placemark>'), { problem: 'not_kml', line: 4 }],
    ['mismatched tags', kml('<Placemark><name>A</Placemark>'), { problem: 'not_kml', line: 4 }],
    ['a root that is not kml', '<gpx><wpt/></gpx>', { problem: 'not_kml', line: 1 }],
    ['a Placemark with no geometry', kml('<Placemark><name>A</name><Point><coordinates>18,59</coordinates></Point></Placemark>\n<Placemark><name>B</name></Placemark>'), { problem: 'bad_geometry', feature_index: 1, line: 5 }],
    ['a bad coordinate tuple', kml('<Placemark><name>A</name>\n<LineString>\n<coordinates>18,59 18;59</coordinates></LineString></Placemark>'), { problem: 'bad_geometry', feature_index: 0, line: 6 }],
    ['a latitude out of range', kml('<Placemark><Point><coordinates>18,95</coordinates></Point></Placemark>'), { problem: 'bad_geometry', feature_index: 0 }],
    ['an open ring', kml('<Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>18,59 19,59 19,60 18,60</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>'), { problem: 'bad_geometry', feature_index: 0 }],
    ['an element never closed', kml('<Placemark>'), { problem: 'not_kml' }],
  ])('refuses %s, says where, and imports nothing', async (_name, text, where) => {
    const b = await board();
    expect(await b.refused('fel.kml', text)).toMatchObject(where);
    expect(await b.count()).toBe(0);
    b.core.close();
  });
});
