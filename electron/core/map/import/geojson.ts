import { IMPORT_MAX_FEATURES } from '../../../../shared/map/import.js';
import type { NewFeature } from '../write.js';
import { importedFeature, importedGeometry } from './fields.js';
import { syntaxErrorOffset } from './json-error.js';
import { importError } from './problem.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The line of a character offset (for JSON syntax errors that name a position). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const offset = syntaxErrorOffset(text);
    throw importError('not_json', message, { line: offset === null ? null : lineAt(text, offset) });
  }
}

/**
 * A legacy "crs" member (GeoJSON 2008) naming anything but WGS84 longitude/latitude: RFC 7946
 * coordinates are WGS84, and SWEREF 99 TM metres read as degrees would land far off.
 */
function checkCrs(root: Record<string, unknown>): void {
  const crs = root.crs;
  if (crs === undefined || crs === null) return;
  const name = isObject(crs) && isObject(crs.properties) ? crs.properties.name : undefined;
  if (typeof name === 'string' && /(CRS84|EPSG:?:?4326)$/i.test(name)) return;
  throw importError('bad_structure', `coordinates must be WGS84 longitude/latitude (RFC 7946); the file says its crs is ${JSON.stringify(name ?? crs)}`, { path: 'crs' });
}

/**
 * RFC 7946 GeoJSON: a FeatureCollection, one Feature, or one bare geometry. Every feature is
 * checked before anything is written; the first problem is named by feature index and path.
 */
export function parseGeoJson(text: string): NewFeature[] {
  const root = parseJson(text);
  if (!isObject(root)) throw importError('bad_structure', 'the file is not a GeoJSON object');
  checkCrs(root);
  if (root.type === 'FeatureCollection') {
    const features = root.features;
    if (!Array.isArray(features)) throw importError('bad_structure', 'a FeatureCollection needs a "features" array', { path: 'features' });
    if (features.length > IMPORT_MAX_FEATURES) throw importError('too_many_features', `${features.length} features; at most ${IMPORT_MAX_FEATURES}`, { max: IMPORT_MAX_FEATURES });
    return features.map((f, index) => featureOf(f, index));
  }
  if (root.type === 'Feature') return [featureOf(root, 0)];
  if (typeof root.type === 'string' && root.type !== 'GeometryCollection' && 'coordinates' in root) {
    return [importedFeature(importedGeometry(root, { feature_index: 0, path: '' }), null, 0, { feature_index: 0 })];
  }
  throw importError('bad_structure', `type ${JSON.stringify(root.type)}: expected FeatureCollection, Feature or a geometry`, { path: 'type' });
}

function featureOf(raw: unknown, index: number): NewFeature {
  const where = { feature_index: index };
  if (!isObject(raw)) throw importError('bad_structure', 'not a Feature object', where);
  if (raw.type !== 'Feature') throw importError('bad_structure', `type ${JSON.stringify(raw.type)}: expected "Feature"`, { ...where, path: 'type' });
  const geometry = importedGeometry(raw.geometry, { ...where, path: 'geometry' });
  return importedFeature(geometry, raw.properties, index, where);
}
