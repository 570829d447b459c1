import type Database from 'better-sqlite3';
import type { JournalEntry } from '../../../shared/domain/journal.js';
import type { Feature, FeatureHistory } from '../../../shared/map/feature.js';
import { statement } from '../db/statements.js';
import { ENTRY_COLUMNS, entryFromRow, type EntryRow } from '../journal/row.js';
import { CURRENT_COLUMNS, FEATURE_FIELDS, featureFromRow, FIELD_LIST, quoted, type FeatureRow, type VersionRow } from './feature-row.js';

/**
 * The map's reads: the live picture, the picture at any past moment (replay: the latest version
 * of each feature written at or before it), a feature's history, what changed since a moment.
 * Moments are compared as stored (UTC ISO 8601 with ms sorts as text).
 */

// A whole picture (10 000 features and more) comes out of SQLite as one JSON array of Feature
// objects, parsed once: about half the time of building each row as an object and parsing its
// geometry apart (tests/bench/map-data.mts).
const FEATURE_OBJECT = `json_object(${FEATURE_FIELDS.map((f) => `'${f}', ${f === 'geometry' ? 'json(geometry)' : quoted(f)}`).join(', ')})`;
const LIVE = `SELECT json_group_array(${FEATURE_OBJECT}) FROM (SELECT * FROM map_feature ORDER BY id)`;
// The inner query walks the (id, version, changed_at) index alone; each version is then one
// lookup by its unique (id, version).
const AT = `SELECT json_group_array(${FEATURE_OBJECT}) FROM (SELECT * FROM map_feature_version
  WHERE (id, version) IN (SELECT id, max(version) FROM map_feature_version WHERE changed_at <= ? GROUP BY id)
  ORDER BY id)`;
const LIVE_ONE = `SELECT ${CURRENT_COLUMNS.map(quoted).join(', ')} FROM map_feature WHERE id = ?`;
const AT_ONE = `SELECT ${FIELD_LIST} FROM map_feature_version WHERE id = ? AND changed_at <= ? ORDER BY version DESC LIMIT 1`;
const VERSIONS = `SELECT record_seq, change, ${FIELD_LIST} FROM map_feature_version WHERE id = ? ORDER BY version`;
const ENTRIES = `SELECT ${ENTRY_COLUMNS} FROM journal_entry WHERE source = ? ORDER BY seq`;
const CHANGED = `SELECT DISTINCT id FROM map_feature_version WHERE changed_at > ? AND changed_at <= ? ORDER BY id`;

/** Later than any stored moment: "up to now". */
const END_OF_TIME = '9999-12-31T23:59:59.999Z';

export function featuresAt(db: Database.Database, at: string | null): Feature[] {
  const json = at === null ? statement<[], string>(db, LIVE).pluck().get() : statement<[string], string>(db, AT).pluck().get(at);
  return JSON.parse(json ?? '[]') as Feature[];
}

export function featureAt(db: Database.Database, id: number, at: string | null): Feature | null {
  const row = at === null ? statement<[number], FeatureRow>(db, LIVE_ONE).get(id) : statement<[number, string], FeatureRow>(db, AT_ONE).get(id, at);
  return row ? featureFromRow(row) : null;
}

export function featureHistory(db: Database.Database, id: number): FeatureHistory {
  const versions = statement<[number], VersionRow>(db, VERSIONS)
    .all(id)
    .map((row) => ({ ...featureFromRow(row), record_seq: row.record_seq, change: row.change }));
  const entries: JournalEntry[] = statement<[string], EntryRow>(db, ENTRIES).all(`map/${id}`).map(entryFromRow);
  return { versions, entries };
}

export function changedSince(db: Database.Database, since: string, at: string | null): number[] {
  return statement<[string, string], { id: number }>(db, CHANGED)
    .all(since, at ?? END_OF_TIME)
    .map((r) => r.id);
}
