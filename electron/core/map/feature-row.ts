import type { Feature, FeatureVersion } from '../../../shared/map/feature.js';
import type { FeatureVersionPayload } from '../../../shared/map/records.js';
import type { StoredRecord } from '../record/log.js';

/** The change a feature record type stands for. */
export type FeatureChange = FeatureVersion['change'];
export const CHANGE_OF_TYPE: Readonly<Record<string, FeatureChange>> = {
  'map.feature.created': 'created',
  'map.feature.changed': 'changed',
  'map.feature.ended': 'ended',
};

/** The fields of a feature version, in both tables' order (each table adds its own keys). */
export const FEATURE_FIELDS = [
  'id',
  'version',
  'kind',
  'geometry',
  'title',
  'description',
  'category',
  'status',
  'actor',
  'valid_from',
  'valid_until',
  'created_by',
  'created_at',
  'changed_by',
  'changed_at',
] as const;

/** map_feature_version: every version, keyed by its record. */
export const VERSION_COLUMNS = ['record_seq', 'change', ...FEATURE_FIELDS] as const;
/** map_feature: the current version of each feature. */
export const CURRENT_COLUMNS = [...FEATURE_FIELDS, 'record_seq'] as const;

/** A row of either table as SQLite returns it (geometry as canonical JSON). */
export interface FeatureRow {
  id: number;
  version: number;
  kind: Feature['kind'];
  geometry: string;
  title: string;
  description: string | null;
  category: Feature['category'];
  status: Feature['status'];
  actor: string | null;
  valid_from: string | null;
  valid_until: string | null;
  created_by: string;
  created_at: string;
  changed_by: string;
  changed_at: string;
  record_seq: number;
}

export interface VersionRow extends FeatureRow {
  change: FeatureChange;
}

/**
 * A geometry's canonical JSON (RFC 8785), written out directly: a geometry is exactly
 * {coordinates, type} (keys in that, sorted, order) with arrays of finite numbers, which
 * JSON.stringify writes as RFC 8785 does. An import writes 10 000 of them in one transaction.
 */
export function geometryJson(g: FeatureVersionPayload['geometry']): string {
  return `{"coordinates":${JSON.stringify(g.coordinates)},"type":${JSON.stringify(g.type)}}`;
}

/** The values a record calls for, by field (geometry stored as canonical JSON). */
export function fieldValues(record: StoredRecord, p: FeatureVersionPayload): Record<(typeof FEATURE_FIELDS)[number], string | number | null> {
  return {
    id: p.id,
    version: p.version,
    kind: p.kind,
    geometry: geometryJson(p.geometry),
    title: p.title,
    description: p.description,
    category: p.category,
    status: p.status,
    actor: p.actor,
    valid_from: p.valid_from,
    valid_until: p.valid_until,
    created_by: p.created_by,
    created_at: p.created_at,
    changed_by: record.by,
    changed_at: record.recorded_at,
  };
}

export function versionRow(record: StoredRecord, p: FeatureVersionPayload): unknown[] {
  const values = { ...fieldValues(record, p), record_seq: record.seq, change: CHANGE_OF_TYPE[record.type] ?? null };
  return VERSION_COLUMNS.map((c) => values[c]);
}

export function currentRow(record: StoredRecord, p: FeatureVersionPayload): unknown[] {
  const values = { ...fieldValues(record, p), record_seq: record.seq };
  return CURRENT_COLUMNS.map((c) => values[c]);
}

export function featureFromRow(row: FeatureRow): Feature {
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    geometry: JSON.parse(row.geometry) as Feature['geometry'],
    title: row.title,
    description: row.description,
    category: row.category,
    status: row.status,
    actor: row.actor,
    valid_from: row.valid_from,
    valid_until: row.valid_until,
    created_by: row.created_by,
    created_at: row.created_at,
    changed_by: row.changed_by,
    changed_at: row.changed_at,
  };
}

/** The feature a record's payload describes, as its rows will read. */
export function featureFromRecord(record: StoredRecord, p: FeatureVersionPayload): Feature {
  return { ...p, changed_by: record.by, changed_at: record.recorded_at };
}

export const quoted = (c: string): string => `"${c}"`;
export const FIELD_LIST = FEATURE_FIELDS.map(quoted).join(', ');
