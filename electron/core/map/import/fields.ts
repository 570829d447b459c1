import { z } from 'zod';
import { instant, optionalUserText } from '../../../../shared/domain/text.js';
import { categoryFits, Category, DEFAULT_CATEGORY } from '../../../../shared/map/categories.js';
import { DESCRIPTION_MAX, FEATURE_ACTOR_MAX, TITLE_MAX } from '../../../../shared/map/feature.js';
import { Geometry, KIND_OF_GEOMETRY } from '../../../../shared/map/geometry.js';
import enMap from '../../../../shared/locales/en/map.json';
import svMap from '../../../../shared/locales/sv/map.json';
import { untitled } from '../journal-text.js';
import type { NewFeature } from '../write.js';
import { importError, type Where } from './problem.js';

// A number where a text belongs (a road number as "name") is read as its text.
const text = (max: number) => z.preprocess((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v), optionalUserText(max));

/**
 * The properties an imported feature may carry (others are ignored), each checked only when
 * present: a 10 000-feature import checks the few keys a file has, not ten per feature. Samlad's
 * own export reads back as it was written; other files give at least a name (title, name or namn).
 */
const PROPERTY_SCHEMAS = {
  title: text(TITLE_MAX),
  name: text(TITLE_MAX),
  namn: text(TITLE_MAX),
  description: text(DESCRIPTION_MAX),
  beskrivning: text(DESCRIPTION_MAX),
  category: z.string().max(100).nullish(),
  status: z.string().max(100).nullish(),
  actor: text(FEATURE_ACTOR_MAX),
  valid_from: instant.nullish(),
  valid_until: instant.nullish(),
} as const;
type PropertyName = keyof typeof PROPERTY_SCHEMAS;
type Properties = { -readonly [K in PropertyName]?: z.output<(typeof PROPERTY_SCHEMAS)[K]> };

function readProperties(props: object, where: Where): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(props)) {
    if (!Object.prototype.hasOwnProperty.call(PROPERTY_SCHEMAS, key)) continue;
    const name = key as PropertyName;
    const parsed = PROPERTY_SCHEMAS[name].safeParse(value);
    if (!parsed.success) {
      const issue = firstIssue(parsed.error, `properties.${name}`);
      throw importError('bad_structure', issue.message, { ...where, path: issue.path });
    }
    (out as Record<PropertyName, unknown>)[name] = parsed.data;
  }
  return out;
}

/**
 * A file's category as Samlad names it: its identifier ("avsparrning"), or its Swedish or English
 * name in any case ("Avspärrning", "cordon"), as a file written by hand or by another tool may say.
 */
const CATEGORY_BY_NAME: ReadonlyMap<string, Category> = new Map(
  Category.options.flatMap((c) => [c, svMap.category[c], enMap.category[c]].map((name) => [name.toLocaleLowerCase('sv'), c] as const)),
);

function categoryOf(name: string | null | undefined): Category | null {
  return name ? (CATEGORY_BY_NAME.get(name.trim().toLocaleLowerCase('sv')) ?? null) : null;
}

/** The first issue of a failed parse, as a path and a message. */
export function firstIssue(error: z.ZodError, prefix: string): { path: string; message: string } {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((p) => p !== '').join('.');
  return { path, message: issue?.message ?? 'invalid' };
}

/** Checks an imported geometry (RFC 7946, WGS84) and says where it is wrong. */
export function importedGeometry(raw: unknown, where: Where & { path: string }): Geometry {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw importError('bad_geometry', 'the feature has no geometry object', where);
  const { type, coordinates } = raw as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !(type in KIND_OF_GEOMETRY)) {
    throw importError('bad_geometry', `geometry type ${JSON.stringify(type)} is not supported (Point, LineString, MultiLineString, Polygon, MultiPolygon)`, where);
  }
  // Foreign members (bbox …) are allowed by RFC 7946 and ignored.
  const parsed = Geometry.safeParse({ type, coordinates });
  if (!parsed.success) {
    const issue = firstIssue(parsed.error, where.path);
    throw importError('bad_geometry', issue.message, { ...where, path: issue.path });
  }
  return parsed.data;
}

/** A feature from an imported geometry and its properties, or a refusal naming where. */
export function importedFeature(geometry: Geometry, rawProperties: unknown, index: number, where: Where): NewFeature {
  const props = rawProperties === null || rawProperties === undefined ? {} : rawProperties;
  if (typeof props !== 'object' || Array.isArray(props)) throw importError('bad_structure', 'properties must be an object or null', { ...where, path: 'properties' });
  const p = readProperties(props, where);
  const kind = KIND_OF_GEOMETRY[geometry.type];
  const category = categoryOf(p.category);
  const validFrom = p.valid_from ?? null;
  const validUntil = p.valid_until ?? null;
  if (validFrom !== null && validUntil !== null && validUntil < validFrom) throw importError('bad_structure', 'valid_until is before valid_from', { ...where, path: 'properties.valid_until' });
  return {
    geometry,
    title: p.title ?? p.name ?? p.namn ?? untitled(index + 1),
    description: p.description ?? p.beskrivning ?? null,
    category: category !== null && categoryFits(kind, category) ? category : DEFAULT_CATEGORY[kind],
    status: p.status === 'planned' ? 'planned' : 'active',
    actor: p.actor ?? null,
    valid_from: validFrom,
    valid_until: validUntil,
  };
}
