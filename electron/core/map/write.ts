import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { Place } from '../../../shared/domain/journal.js';
import { categoryFits, type Category, type FeatureStatus } from '../../../shared/map/categories.js';
import type { Feature } from '../../../shared/map/feature.js';
import { KIND_OF_GEOMETRY, type Geometry } from '../../../shared/map/geometry.js';
import type { FeatureVersionPayload } from '../../../shared/map/records.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import { nextNumber, statement } from '../db/statements.js';
import { appendAutomaticEntry } from '../journal/write.js';
import type { WriteContext } from '../record/write.js';
import { CURRENT_COLUMNS, featureFromRecord, featureFromRow, quoted, type FeatureChange, type FeatureRow } from './feature-row.js';
import { featureEntryText } from './journal-text.js';

/** What a new feature is made of (checked by its input schema or by the importer). */
export interface NewFeature {
  geometry: Geometry;
  title: string;
  description: string | null;
  category: Category;
  status: 'planned' | 'active';
  actor: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

/** The fields a change may set; left out (undefined) keeps the current value. */
export interface FeatureChanges {
  geometry?: Geometry | undefined;
  title?: string | undefined;
  description?: string | null | undefined;
  category?: Category | undefined;
  status?: 'planned' | 'active' | undefined;
  actor?: string | null | undefined;
  valid_from?: string | null | undefined;
  valid_until?: string | null | undefined;
}

const SELECT_CURRENT = `SELECT ${CURRENT_COLUMNS.map(quoted).join(', ')} FROM map_feature WHERE id = ?`;

export function currentFeatureRow(db: Database.Database, id: number): FeatureRow | undefined {
  return statement<[number], FeatureRow>(db, SELECT_CURRENT).get(id);
}

/** The next feature number: numbers are given in order under the write lock and never reused. */
export function nextFeatureId(db: Database.Database): number {
  return nextNumber(db, 'map_feature', 'id');
}

const subject = (id: number): string => `map/${id}`;

/** A point feature's automatic entry gets its place, so the journal can show where. */
function placeOf(geometry: Geometry): Place | null {
  return geometry.type === 'Point' ? { lon: geometry.coordinates[0], lat: geometry.coordinates[1] } : null;
}

const TYPE_OF_CHANGE = { created: 'map.feature.created', changed: 'map.feature.changed', ended: 'map.feature.ended' } as const;

/** Appends one version's record and, unless told not to (an import writes one entry for all), its journal entry. */
function appendVersion(ctx: WriteContext, change: FeatureChange, payload: FeatureVersionPayload, journal: boolean): Feature {
  const record = ctx.append(TYPE_OF_CHANGE[change], subject(payload.id), payload);
  if (journal) {
    appendAutomaticEntry(ctx, {
      kind: 'action',
      text: featureEntryText(change, payload.category, payload.title),
      source: subject(payload.id),
      actor: payload.actor,
      place: placeOf(payload.geometry),
    });
  }
  return featureFromRecord(record, payload);
}

function checkValidity(from: string | null, until: string | null): void {
  if (from !== null && until !== null && until < from) {
    throw new ApiError('validation', 'invalid input: valid_until', { fields: 'valid_until' }, [{ path: 'valid_until', message: 'valid_until is before valid_from' }]);
  }
}

function checkCategory(geometry: Geometry, category: Category): void {
  if (!categoryFits(KIND_OF_GEOMETRY[geometry.type], category)) {
    throw new ApiError('validation', 'invalid input: category', { fields: 'category' }, [{ path: 'category', message: 'category does not fit the geometry' }]);
  }
}

export function createFeature(ctx: WriteContext, f: NewFeature, options: { id?: number; journal?: boolean } = {}): Feature {
  checkCategory(f.geometry, f.category);
  checkValidity(f.valid_from, f.valid_until);
  const id = options.id ?? nextFeatureId(ctx.db);
  const payload: FeatureVersionPayload = {
    id,
    version: 1,
    kind: KIND_OF_GEOMETRY[f.geometry.type],
    ...f,
    created_by: ctx.by,
    created_at: ctx.now.toISOString(),
  };
  return appendVersion(ctx, 'created', payload, options.journal ?? true);
}

/** The current version, if it may be changed by a caller who saw `version`. */
function changeable(db: Database.Database, id: number, version: number): FeatureRow {
  const row = currentFeatureRow(db, id);
  if (!row) throw new ApiError('not_found', `no map feature ${id}`, { id });
  if (row.status === 'ended') throw new ApiError('feature_ended', `map feature ${id} has ended`, { id });
  if (row.version !== version) throw new ApiError('version_conflict', `map feature ${id} is at version ${row.version}, not ${version}`, { id, current: row.version });
  return row;
}

function payloadOf(row: FeatureRow): FeatureVersionPayload {
  // Who wrote a version and when are its record's own by and recorded_at, not its payload.
  const { changed_by: _by, changed_at: _at, ...payload } = featureFromRow(row);
  return payload;
}

/** A new version with the changes; the same values again write nothing and return the current one. */
export function changeFeature(ctx: WriteContext, id: number, version: number, changes: FeatureChanges): Feature {
  const row = changeable(ctx.db, id, version);
  const was = payloadOf(row);
  const pick = <K extends keyof FeatureChanges>(k: K, current: NonNullable<FeatureChanges[K]> | null): FeatureChanges[K] | null => (changes[k] === undefined ? current : changes[k]);
  const geometry = changes.geometry ?? was.geometry;
  const next: FeatureVersionPayload = {
    ...was,
    version: was.version + 1,
    kind: KIND_OF_GEOMETRY[geometry.type],
    geometry,
    title: changes.title ?? was.title,
    description: pick('description', was.description) ?? null,
    category: changes.category ?? was.category,
    status: (changes.status ?? was.status) as FeatureStatus,
    actor: pick('actor', was.actor) ?? null,
    valid_from: pick('valid_from', was.valid_from) ?? null,
    valid_until: pick('valid_until', was.valid_until) ?? null,
  };
  checkCategory(next.geometry, next.category);
  checkValidity(next.valid_from, next.valid_until);
  // Compared as canonical JSON: the stored geometry comes back with its keys sorted.
  const same = (p: FeatureVersionPayload): string => canonicalJsonOf({ ...p, version: 0 });
  if (same(next) === same(was)) return featureFromRow(row);
  return appendVersion(ctx, 'changed', next, true);
}

/** "Avsluta": the last version, status ended. The feature stays, with all its versions. */
export function endFeature(ctx: WriteContext, id: number, version: number): Feature {
  const was = payloadOf(changeable(ctx.db, id, version));
  return appendVersion(ctx, 'ended', { ...was, version: was.version + 1, status: 'ended' }, true);
}
