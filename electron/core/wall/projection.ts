import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, type Projection } from '../record/projection.js';
import { ReplayVerifier, type KeyedTable } from '../record/replay-verifier.js';
import { readWallSettings } from './read.js';

const TABLES: KeyedTable[] = [
  { name: 'wall_config', key: ['id'], columns: ['id', 'panels', 'mode', 'per_view', 'rotate_seconds', 'palette', 'changed_by', 'changed_at', 'record_seq'] },
];

function apply(db: Database.Database, record: StoredRecord, payload: unknown): void {
  const p = payload as RecordPayload<'wall.configured'>;
  statement(
    db,
    `INSERT INTO wall_config (id, panels, mode, per_view, rotate_seconds, palette, changed_by, changed_at, record_seq) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET panels = excluded.panels, mode = excluded.mode, per_view = excluded.per_view, rotate_seconds = excluded.rotate_seconds,
       palette = excluded.palette, changed_by = excluded.changed_by, changed_at = excluded.changed_at, record_seq = excluded.record_seq`,
  ).run(JSON.stringify(p.panels), p.mode, p.per_view, p.rotate_seconds, p.palette, record.by, record.recorded_at, record.seq);
}

/** The wall's configuration: one row, the latest wall.configured; every seat hears of a change. */
export const wallProjection: Projection<'wall.configured'> = {
  recordTypes: ['wall.configured'],
  tables: TABLES,
  apply,
  verifier: (db) => new ReplayVerifier(db, TABLES, apply),
  events(ctx, record) {
    // Nothing in it is private: which panels, how they turn, the palette, and who set it.
    return [{ event: 'wall.changed', data: { wall: readWallSettings(ctx.db) }, roles: ALL_ROLES, record: { seq: record.seq, type: record.type } }];
  },
};
