import { IMPORT_MAX_FEATURES } from '../../../../shared/map/import.js';
import type { Geometry, Position } from '../../../../shared/map/geometry.js';
import type { NewFeature } from '../write.js';
import { importedFeature, importedGeometry } from './fields.js';
import { importError } from './problem.js';
import { child, descendants, parseXml, XmlError, type XmlElement } from '../../xml/tree.js';

/**
 * KML (OGC 07-147r2): every Placemark's Point, LineString or Polygon (or a MultiGeometry of one
 * kind of them), its name and description. Coordinates are "lon,lat[,alt]" tuples in WGS84, as
 * in GeoJSON. Read with the board's one safe XML reader (core/xml/tree.ts: no DTD, no entities).
 */

/** The document's root, or import_invalid naming the line: unsafe_kml for a DTD, else not_kml. */
function readKml(text: string): XmlElement {
  try {
    return parseXml(text);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    const where = e.line === null ? {} : { line: e.line };
    throw importError(e.reason === 'doctype' ? 'unsafe_kml' : 'not_kml', e.message, where);
  }
}

function positions(element: XmlElement | undefined, where: { feature_index: number; line: number }): Position[] {
  const coords = element ? child(element, 'coordinates') : undefined;
  if (!coords) throw importError('bad_geometry', `<${element?.name ?? 'geometry'}> has no <coordinates>`, where);
  const tuples = coords.text.trim().split(/\s+/).filter((t) => t !== '');
  return tuples.map((tuple) => {
    const numbers = tuple.split(',').map(Number);
    if (numbers.length < 2 || numbers.length > 3 || numbers.some((n) => !Number.isFinite(n))) {
      throw importError('bad_geometry', `coordinates "${tuple.slice(0, 60)}" are not lon,lat[,alt]`, { ...where, line: coords.line });
    }
    return numbers as Position;
  });
}

const GEOMETRY_NAMES = new Set(['Point', 'LineString', 'LinearRing', 'Polygon', 'MultiGeometry']);

function ringsOf(polygon: XmlElement, where: { feature_index: number; line: number }): Position[][] {
  const outer = child(polygon, 'outerBoundaryIs');
  const outerRing = outer ? child(outer, 'LinearRing') : undefined;
  if (!outerRing) throw importError('bad_geometry', '<Polygon> has no <outerBoundaryIs><LinearRing>', where);
  const inner = polygon.children.filter((c) => c.name === 'innerBoundaryIs').map((b) => child(b, 'LinearRing'));
  return [outerRing, ...inner].map((ring) => positions(ring, { ...where, line: ring?.line ?? where.line }));
}

/** One placemark's geometry as GeoJSON, before the shared checks (ranges, closure, nesting). */
function rawGeometry(shape: XmlElement, index: number): unknown {
  const where = { feature_index: index, line: shape.line };
  switch (shape.name) {
    case 'Point':
      return { type: 'Point', coordinates: positions(shape, where)[0] };
    case 'LineString':
      return { type: 'LineString', coordinates: positions(shape, where) };
    case 'LinearRing':
      return { type: 'Polygon', coordinates: [positions(shape, where)] };
    case 'Polygon':
      return { type: 'Polygon', coordinates: ringsOf(shape, where) };
    default: {
      const parts = shape.children.filter((c) => GEOMETRY_NAMES.has(c.name)).map((c) => rawGeometry(c, index) as { type: string; coordinates: unknown });
      const types = new Set(parts.map((p) => p.type));
      if (parts.length === 1) return parts[0];
      if (types.size === 1 && types.has('LineString')) return { type: 'MultiLineString', coordinates: parts.map((p) => p.coordinates) };
      if (types.size === 1 && types.has('Polygon')) return { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates) };
      throw importError('bad_geometry', `a <MultiGeometry> of ${[...types].join(', ') || 'nothing'} is not supported (one line or area kind only)`, where);
    }
  }
}

export function parseKml(text: string): NewFeature[] {
  const root = readKml(text);
  if (root.name !== 'kml') throw importError('not_kml', `the root element is <${root.name}>, not <kml>`, { line: root.line });
  const placemarks = descendants(root, 'Placemark');
  if (placemarks.length > IMPORT_MAX_FEATURES) throw importError('too_many_features', `${placemarks.length} placemarks; at most ${IMPORT_MAX_FEATURES}`, { max: IMPORT_MAX_FEATURES });
  return placemarks.map((placemark, index) => {
    const shape = placemark.children.find((c) => GEOMETRY_NAMES.has(c.name));
    const where = { feature_index: index, line: placemark.line };
    if (!shape) throw importError('bad_geometry', '<Placemark> has no Point, LineString or Polygon', where);
    const geometry: Geometry = importedGeometry(rawGeometry(shape, index), { ...where, line: shape.line, path: shape.name });
    const properties = { name: child(placemark, 'name')?.text.trim() ?? null, description: child(placemark, 'description')?.text.trim() ?? null };
    return importedFeature(geometry, properties, index, where);
  });
}
