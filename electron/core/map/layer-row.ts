import type Database from 'better-sqlite3';
import { tileUrlTemplate, type Layer, type LayerConfig, type LayerSecret } from '../../../shared/map/layer.js';
import { statement } from '../db/statements.js';

export const LAYER_COLUMNS = ['id', 'version', 'type', 'config', 'has_secret', 'changed_by', 'changed_at', 'record_seq'] as const;

export interface LayerRow {
  id: number;
  version: number;
  type: LayerConfig['type'];
  config: string;
  has_secret: number;
  changed_by: string;
  changed_at: string;
  record_seq: number;
}

const SELECT_ONE = `SELECT ${LAYER_COLUMNS.join(', ')} FROM map_layer WHERE id = ?`;
const SELECT_ALL = `SELECT ${LAYER_COLUMNS.join(', ')} FROM map_layer ORDER BY id`;
const SELECT_SECRET = 'SELECT api_key, username, password FROM map_layer_secret WHERE layer_id = ?';

export function layerRow(db: Database.Database, id: number): LayerRow | undefined {
  return statement<[number], LayerRow>(db, SELECT_ONE).get(id);
}

export function layerRows(db: Database.Database): LayerRow[] {
  return statement<[], LayerRow>(db, SELECT_ALL).all();
}

export function layerSecret(db: Database.Database, id: number): LayerSecret | null {
  return statement<[number], LayerSecret>(db, SELECT_SECRET).get(id) ?? null;
}

/** Keeps, replaces or removes a layer's secret (never in the record: see shared/map/layer.ts). */
export function storeSecret(db: Database.Database, id: number, secret: LayerSecret | null): void {
  const empty = secret === null || (secret.api_key === null && secret.username === null && secret.password === null);
  if (empty) {
    statement(db, 'DELETE FROM map_layer_secret WHERE layer_id = ?').run(id);
    return;
  }
  statement(db, 'INSERT OR REPLACE INTO map_layer_secret (layer_id, api_key, username, password) VALUES (?, ?, ?, ?)').run(id, secret.api_key, secret.username, secret.password);
}

export function hasSecretValue(secret: LayerSecret | null): boolean {
  return secret !== null && (secret.api_key !== null || secret.username !== null || secret.password !== null);
}

/**
 * A layer as every seat sees it: without its secret, which only the server's tile route uses (a
 * reply, kept in the op table to answer a repeated call, must not hold it either).
 */
export function layerView(row: LayerRow): Layer {
  return {
    id: row.id,
    version: row.version,
    config: JSON.parse(row.config) as LayerConfig,
    has_secret: row.has_secret === 1,
    tile_url: tileUrlTemplate(row.id),
    changed_by: row.changed_by,
    changed_at: row.changed_at,
  };
}
