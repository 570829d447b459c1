import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import type { VerifyFinding } from '../../../shared/record/record.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { finding, firstDifferentColumn, type Projection, type ProjectionTable, type ProjectionVerifier, type RoutedEvent } from '../record/projection.js';
import { LAYER_COLUMNS, layerRow, layerView } from './layer-row.js';

type LayerRecordType = 'map.layer.added' | 'map.layer.changed' | 'map.layer.removed';
type LayerVersion = RecordPayload<'map.layer.added'>;

/** The background layers as they stand (a removed layer's row goes; its records stay). */
const TABLE: ProjectionTable = { name: 'map_layer', columns: LAYER_COLUMNS };

function expectedRow(record: StoredRecord, p: LayerVersion): unknown[] {
  return [p.id, p.version, p.config.type, canonicalJsonOf(p.config), p.has_secret ? 1 : 0, record.by, record.recorded_at, record.seq];
}

const UPSERT = `INSERT OR REPLACE INTO map_layer (${LAYER_COLUMNS.join(', ')}) VALUES (${LAYER_COLUMNS.map(() => '?').join(', ')})`;

/**
 * Folds the layer records into the rows they call for, and compares at the end. The secrets beside
 * them are not evidence, but a secret row must belong to a layer whose record says it has one,
 * and such a layer must have one.
 */
class LayerVerifier implements ProjectionVerifier {
  private readonly expected = new Map<number, { seq: number; row: unknown[] }>();

  constructor(private readonly db: Database.Database) {}

  feed(record: StoredRecord, payload: unknown): VerifyFinding | null {
    if (record.type === 'map.layer.removed') {
      const p = payload as RecordPayload<'map.layer.removed'>;
      if (!this.expected.delete(p.id)) return finding('bad_payload', record.seq, { table: TABLE.name, key: `id=${p.id}`, subject: record.subject });
      return null;
    }
    const p = payload as LayerVersion;
    this.expected.set(p.id, { seq: record.seq, row: expectedRow(record, p) });
    return null;
  }

  finish(): VerifyFinding | null {
    const seen = new Set<number>();
    for (const actual of this.db.prepare<[], unknown[]>(`SELECT ${LAYER_COLUMNS.join(', ')} FROM map_layer ORDER BY id`).raw(true).iterate()) {
      const id = Number(actual[0]);
      const expected = this.expected.get(id);
      if (!expected) return finding('projection_extra', null, { table: TABLE.name, key: `id=${id}` });
      seen.add(id);
      const column = firstDifferentColumn(TABLE.columns, expected.row, actual);
      if (column) return finding('projection_mismatch', expected.seq, { table: TABLE.name, key: `id=${id}`, column, subject: `map_layer/${id}` });
    }
    for (const [id, expected] of this.expected) {
      if (!seen.has(id)) return finding('projection_missing', expected.seq, { table: TABLE.name, key: `id=${id}`, subject: `map_layer/${id}` });
    }
    const secrets = this.db.prepare<[], number>('SELECT layer_id FROM map_layer_secret ORDER BY layer_id').pluck().all();
    for (const id of secrets) {
      if (this.expected.get(id)?.row[4] !== 1) return finding('projection_extra', null, { table: 'map_layer_secret', key: `layer_id=${id}` });
    }
    return null;
  }
}

export const layerProjection: Projection<LayerRecordType> = {
  recordTypes: ['map.layer.added', 'map.layer.changed', 'map.layer.removed'],
  tables: [TABLE],
  apply(db, record, payload) {
    if (record.type === 'map.layer.removed') {
      const { id } = payload as RecordPayload<'map.layer.removed'>;
      statement(db, 'DELETE FROM map_layer WHERE id = ?').run(id);
      statement(db, 'DELETE FROM map_layer_secret WHERE layer_id = ?').run(id);
      return;
    }
    statement(db, UPSERT).run(...expectedRow(record, payload as LayerVersion));
  },
  verifier: (db) => new LayerVerifier(db),
  events(ctx, record, payload) {
    const change = record.type === 'map.layer.added' ? 'added' : record.type === 'map.layer.changed' ? 'changed' : 'removed';
    const { id } = payload as { id: number };
    const at = { seq: record.seq, type: record.type };
    const row = change === 'removed' ? undefined : layerRow(ctx.db, id);
    // A later change already replaced this version: that change publishes the layer.
    if (change !== 'removed' && row?.record_seq !== record.seq) return [];
    // The same for every seat: a layer's secret never leaves the server.
    const events: RoutedEvent[] = [{ event: 'map.layer', data: { change, id, layer: row ? layerView(row) : null }, roles: ['staff', 'wall'], record: at }];
    return events;
  },
};
