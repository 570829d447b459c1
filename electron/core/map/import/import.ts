import { IMPORT_MAX_BYTES, IMPORT_MAX_FEATURES, type ImportFormat } from '../../../../shared/map/import.js';
import { appendAutomaticEntry } from '../../journal/write.js';
import type { WriteContext } from '../../record/write.js';
import { importEntryText } from '../journal-text.js';
import { createFeature, nextFeatureId, type NewFeature } from '../write.js';
import { parseGeoJson } from './geojson.js';
import { parseKml } from './kml.js';
import { importError } from './problem.js';

const MIB = 1024 * 1024;

/** The format a file name says (.geojson, .json, .kml), or null. */
export function formatOfName(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  if (lower.endsWith('.kml')) return 'kml';
  return null;
}

/** The name as the journal shows it: without any folders. */
const baseName = (fileName: string): string => fileName.split(/[\\/]/).pop() ?? fileName;

/** Reads a whole file into features, or refuses it; writes nothing. */
export function readImportFile(fileName: string, format: ImportFormat | undefined, text: string): NewFeature[] {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > IMPORT_MAX_BYTES) throw importError('too_large', `${(bytes / MIB).toFixed(1)} MiB; at most ${IMPORT_MAX_BYTES / MIB} MiB`, { max: IMPORT_MAX_BYTES / MIB });
  const chosen = format ?? formatOfName(fileName);
  if (chosen === null) throw importError('unknown_format', `cannot tell the format of ${baseName(fileName)}`);
  // A byte order mark is not part of the text (RFC 8259 §8.1 lets a parser ignore it).
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const features = chosen === 'kml' ? parseKml(body) : parseGeoJson(body);
  if (features.length === 0) throw importError('no_features', 'the file holds no features');
  if (features.length > IMPORT_MAX_FEATURES) throw importError('too_many_features', `${features.length} features; at most ${IMPORT_MAX_FEATURES}`, { max: IMPORT_MAX_FEATURES });
  return features;
}

/**
 * Imports a file all or nothing: every feature is checked first, then all are written in the
 * caller's one write transaction, with one journal entry for the whole import.
 */
export function importFile(ctx: WriteContext, fileName: string, format: ImportFormat | undefined, text: string): { imported: number; first_id: number | null; last_id: number | null } {
  const features = readImportFile(fileName, format, text);
  const first = nextFeatureId(ctx.db);
  features.forEach((f, i) => createFeature(ctx, f, { id: first + i, journal: false }));
  const last = first + features.length - 1;
  appendAutomaticEntry(ctx, { kind: 'information', text: importEntryText(features.length, baseName(fileName)), source: `map/import-${first}-${last}` });
  return { imported: features.length, first_id: first, last_id: last };
}
