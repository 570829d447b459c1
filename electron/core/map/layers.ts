import { ApiError } from '../../../shared/api/errors.js';
import type { Layer, LayerConfig, LayerSecret } from '../../../shared/map/layer.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import { statement } from '../db/statements.js';
import type { WriteContext } from '../record/write.js';
import { hasSecretValue, layerRow, layerSecret, layerView, storeSecret, type LayerRow } from './layer-row.js';
import { checkMbtiles } from './mbtiles.js';

/**
 * The next layer number. Removed layers leave the table but not the record, so numbers are
 * counted from the records that gave them: one per map.layer.added, never reused.
 */
function nextLayerId(ctx: WriteContext): number {
  return (statement<[], { n: number }>(ctx.db, "SELECT count(*) AS n FROM record WHERE type = 'map.layer.added'").get()?.n ?? 0) + 1;
}

function checkConfig(config: LayerConfig, nativeBinding: string | undefined): void {
  if (config.min_zoom > config.max_zoom) {
    throw new ApiError('validation', 'invalid input: config.min_zoom', { fields: 'config.min_zoom' }, [{ path: 'config.min_zoom', message: 'min_zoom is above max_zoom' }]);
  }
  if (config.type === 'mbtiles') checkMbtiles(config.file, nativeBinding);
}

function reply(ctx: WriteContext, id: number): Layer {
  const row = layerRow(ctx.db, id);
  if (!row) throw new ApiError('internal', `layer ${id} vanished inside its own transaction`);
  return layerView(row);
}

export function addLayer(ctx: WriteContext, config: LayerConfig, secret: LayerSecret | null, nativeBinding: string | undefined): Layer {
  checkConfig(config, nativeBinding);
  const id = nextLayerId(ctx);
  const hasSecret = hasSecretValue(secret);
  // The secret first: the layer's projection and its events read it in this same transaction.
  storeSecret(ctx.db, id, hasSecret ? secret : null);
  ctx.append('map.layer.added', `map_layer/${id}`, { id, version: 1, config, has_secret: hasSecret });
  return reply(ctx, id);
}

function changeable(ctx: WriteContext, id: number, version: number): LayerRow {
  const row = layerRow(ctx.db, id);
  if (!row) throw new ApiError('not_found', `no map layer ${id}`, { id });
  if (row.version !== version) throw new ApiError('version_conflict', `map layer ${id} is at version ${row.version}, not ${version}`, { id, current: row.version });
  return row;
}

export function changeLayer(
  ctx: WriteContext,
  change: { id: number; version: number; config?: LayerConfig | undefined; secret?: LayerSecret | null | undefined },
  nativeBinding: string | undefined,
): Layer {
  const row = changeable(ctx, change.id, change.version);
  const was = JSON.parse(row.config) as LayerConfig;
  const config = change.config ?? was;
  if (config.type !== was.type) {
    throw new ApiError('validation', 'invalid input: config.type', { fields: 'config.type' }, [{ path: 'config.type', message: 'a layer keeps its type: remove it and add another' }]);
  }
  const secret = change.secret === undefined ? layerSecret(ctx.db, row.id) : change.secret;
  const sameConfig = canonicalJsonOf(config) === row.config;
  if (sameConfig && change.secret === undefined) return layerView(row);
  if (!sameConfig) checkConfig(config, nativeBinding);
  const hasSecret = hasSecretValue(secret);
  storeSecret(ctx.db, row.id, hasSecret ? secret : null);
  ctx.append('map.layer.changed', `map_layer/${row.id}`, { id: row.id, version: row.version + 1, config, has_secret: hasSecret });
  return reply(ctx, row.id);
}

export function removeLayer(ctx: WriteContext, id: number, version: number): { id: number } {
  const row = changeable(ctx, id, version);
  ctx.append('map.layer.removed', `map_layer/${row.id}`, { id: row.id, version: row.version + 1 });
  return { id: row.id };
}
