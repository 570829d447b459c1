import { ApiError } from '../../../shared/api/errors.js';
import type { BoardState } from '../boards/board-state.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { toFeatureCollection } from './export.js';
import { importFile } from './import/import.js';
import { layerRows, layerView } from './layer-row.js';
import { addLayer, changeLayer, removeLayer } from './layers.js';
import { changedSince, featureAt, featureHistory, featuresAt } from './read.js';
import { changeFeature, createFeature, endFeature } from './write.js';

/**
 * The map capability: features (every create, change and end is a record and an automatic
 * journal entry in the same commit), replay, import and export, background layers.
 */
export function mapHandlers(boards: Pick<BoardState, 'nativeBinding'>): CapabilityHandlers<'map'> {
  return {
    'map.create': (input, { records }) => createFeature(records, input),
    'map.change': ({ id, version, ...changes }, { records }) => changeFeature(records, id, version, changes),
    'map.end': (input, { records }) => endFeature(records, input.id, input.version),
    'map.list': (input, call) => ({ features: featuresAt(call.board().db, input.at), at: input.at }),
    'map.get': (input, call) => {
      const feature = featureAt(call.board().db, input.id, input.at);
      if (!feature) throw new ApiError('not_found', `no map feature ${input.id}${input.at ? ` at ${input.at}` : ''}`, { id: input.id });
      return feature;
    },
    'map.history': (input, call) => {
      const history = featureHistory(call.board().db, input.id);
      if (history.versions.length === 0) throw new ApiError('not_found', `no map feature ${input.id}`, { id: input.id });
      return history;
    },
    'map.changedSince': (input, call) => ({ ids: changedSince(call.board().db, input.since, input.at) }),
    'map.import': (input, { records }) => importFile(records, input.file_name, input.format, input.text),
    'map.export': (input, call) => {
      const board = call.board();
      const stamp = { board: board.info.name, exercise: board.info.exercise, at: input.at, head: board.head() };
      return toFeatureCollection(featuresAt(board.db, input.at), stamp);
    },
    'map.layers.list': (_input, call) => {
      const db = call.board().db;
      return { layers: layerRows(db).map(layerView) };
    },
    'map.layers.add': (input, { records }) => addLayer(records, input.config, input.secret, boards.nativeBinding),
    'map.layers.change': (input, { records }) => changeLayer(records, input, boards.nativeBinding),
    'map.layers.remove': (input, { records }) => removeLayer(records, input.id, input.version),
  };
}
