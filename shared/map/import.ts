import { z } from 'zod';
import { userText } from '../domain/text.js';

/**
 * Import caps. The file's text travels in one call (a seat's WebSocket frame is at most 16 MiB,
 * and JSON escaping can grow a text), so a file is at most 12 MiB of UTF-8; the CLI holds to the
 * same caps. Features per file: 20 000.
 */
export const IMPORT_MAX_BYTES = 12 * 1024 * 1024;
export const IMPORT_MAX_FEATURES = 20_000;
export const FILE_NAME_MAX = 255;

export const IMPORT_FORMATS = ['geojson', 'kml'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const ImportInput = z.strictObject({
  /** The file's name as the user chose it: shown in the journal ("Import: 312 objekt från vägar.geojson"). */
  file_name: userText(FILE_NAME_MAX),
  /** Left out: from the name's extension (.geojson, .json → geojson; .kml → kml). */
  format: ImportFormat.optional(),
  /** The file's text (the caps are checked in bytes of UTF-8 by the importer). */
  text: z.string().max(IMPORT_MAX_BYTES),
});
export type ImportInput = z.input<typeof ImportInput>;

export const ImportResult = z.object({
  imported: z.number().int().nonnegative(),
  /** The new features' ids: first and last (given in order, no gap); null when nothing was imported. */
  first_id: z.number().int().positive().nullable(),
  last_id: z.number().int().positive().nullable(),
});

/**
 * Why an import was refused, in the error's details (code `import_invalid`): what is wrong
 * (a key of map.json's import.problem), where (the feature's index, 0-based, and for KML the
 * line), and the GeoJSON path inside that feature.
 */
export const ImportProblem = z.object({
  problem: z.enum(['too_large', 'too_many_features', 'not_json', 'not_kml', 'unsafe_kml', 'bad_structure', 'bad_geometry', 'no_features', 'unknown_format']),
  feature_index: z.number().int().nonnegative().nullable(),
  line: z.number().int().positive().nullable(),
  path: z.string().nullable(),
  /** The cap that was passed (too_large: MiB; too_many_features: features); null otherwise. */
  max: z.number().nullable(),
  detail: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;
