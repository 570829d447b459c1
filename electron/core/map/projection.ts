import type Database from 'better-sqlite3';
import type { FeatureVersionPayload } from '../../../shared/map/records.js';
import type { VerifyFinding } from '../../../shared/record/record.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, finding, firstDifferentColumn, type Projection, type ProjectionTable, type ProjectionVerifier } from '../record/projection.js';
import { CHANGE_OF_TYPE, CURRENT_COLUMNS, currentRow, featureFromRecord, quoted, VERSION_COLUMNS, versionRow } from './feature-row.js';

type FeatureRecordType = 'map.feature.created' | 'map.feature.changed' | 'map.feature.ended';

/** Every version of every feature: history and replay read it. */
const VERSIONS: ProjectionTable = { name: 'map_feature_version', columns: VERSION_COLUMNS };
/** The current version of each feature: the live map reads it. */
const CURRENT: ProjectionTable = { name: 'map_feature', columns: CURRENT_COLUMNS };

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const INSERT_VERSION = `INSERT INTO map_feature_version (${VERSION_COLUMNS.map(quoted).join(', ')}) VALUES (${placeholders(VERSION_COLUMNS.length)})`;
// The current row is replaced by each new version (its versions stay in map_feature_version).
const UPSERT_CURRENT = `INSERT OR REPLACE INTO map_feature (${CURRENT_COLUMNS.map(quoted).join(', ')}) VALUES (${placeholders(CURRENT_COLUMNS.length)})`;
const SELECT_VERSIONS = `SELECT ${VERSION_COLUMNS.map(quoted).join(', ')} FROM map_feature_version WHERE record_seq > ? ORDER BY record_seq LIMIT ?`;
const SELECT_CURRENT = `SELECT ${CURRENT_COLUMNS.map(quoted).join(', ')} FROM map_feature ORDER BY id`;
const CHUNK = 1_000;

/**
 * Walks map_feature_version in record order beside the records, column by column, and folds the
 * latest version of each feature to compare with map_feature at the end.
 */
class FeatureVerifier implements ProjectionVerifier {
  private readonly stmt: Database.Statement<[number, number], unknown[]>;
  private buffer: unknown[][] = [];
  private index = 0;
  private lastSeq = 0;
  private exhausted = false;
  private readonly expectedCurrent = new Map<number, { seq: number; row: unknown[] }>();

  constructor(private readonly db: Database.Database) {
    this.stmt = db.prepare<[number, number], unknown[]>(SELECT_VERSIONS).raw(true);
  }

  private peek(): unknown[] | null {
    if (this.index >= this.buffer.length && !this.exhausted) {
      this.buffer = this.stmt.all(this.lastSeq, CHUNK);
      this.index = 0;
      if (this.buffer.length < CHUNK) this.exhausted = true;
    }
    return this.buffer[this.index] ?? null;
  }

  feed(record: StoredRecord, payload: unknown): VerifyFinding | null {
    const p = payload as FeatureVersionPayload;
    this.expectedCurrent.set(p.id, { seq: record.seq, row: currentRow(record, p) });
    const row = this.peek();
    const at = { table: VERSIONS.name, key: `record_seq=${record.seq}`, subject: record.subject };
    const rowSeq = row ? Number(row[0]) : null;
    if (row === null || rowSeq === null || rowSeq > record.seq) return finding('projection_missing', record.seq, at);
    if (rowSeq < record.seq) return finding('projection_extra', rowSeq, { table: VERSIONS.name, key: `record_seq=${rowSeq}` });
    this.index += 1;
    this.lastSeq = rowSeq;
    const column = firstDifferentColumn(VERSIONS.columns, versionRow(record, p), row);
    return column ? finding('projection_mismatch', record.seq, { ...at, column }) : null;
  }

  finish(): VerifyFinding | null {
    const extra = this.peek();
    if (extra) return finding('projection_extra', Number(extra[0]), { table: VERSIONS.name, key: `record_seq=${String(extra[0])}` });
    const seen = new Set<number>();
    for (const actual of this.db.prepare<[], unknown[]>(SELECT_CURRENT).raw(true).iterate()) {
      const id = Number(actual[0]);
      const expected = this.expectedCurrent.get(id);
      if (!expected) return finding('projection_extra', null, { table: CURRENT.name, key: `id=${id}` });
      seen.add(id);
      const column = firstDifferentColumn(CURRENT.columns, expected.row, actual);
      if (column) return finding('projection_mismatch', expected.seq, { table: CURRENT.name, key: `id=${id}`, column, subject: `map/${id}` });
    }
    for (const [id, expected] of this.expectedCurrent) {
      if (!seen.has(id)) return finding('projection_missing', expected.seq, { table: CURRENT.name, key: `id=${id}`, subject: `map/${id}` });
    }
    return null;
  }
}

export const featureProjection: Projection<FeatureRecordType> = {
  recordTypes: ['map.feature.created', 'map.feature.changed', 'map.feature.ended'],
  tables: [VERSIONS, CURRENT],
  apply(db, record, p) {
    statement(db, INSERT_VERSION).run(...versionRow(record, p));
    statement(db, UPSERT_CURRENT).run(...currentRow(record, p));
  },
  verifier: (db) => new FeatureVerifier(db),
  events(_ctx, record, payload) {
    // The version is whole in its record: no table read, and no later version can stand in for it.
    const change = CHANGE_OF_TYPE[record.type];
    if (!change) return [];
    const feature = featureFromRecord(record, payload as FeatureVersionPayload);
    return [{ event: 'map.feature', data: { change, feature }, roles: ALL_ROLES, record: { seq: record.seq, type: record.type } }];
  },
};
