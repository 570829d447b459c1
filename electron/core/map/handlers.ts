import { ApiError } from '../../../shared/api/errors.js';
import type { CapabilityHandlers } from '../handler-types.js';

const later = (): never => {
  throw new ApiError('internal', 'the map back end is being built (contract only)');
};

/** The map capability (contract stage: every method refuses until the back end lands). */
export function mapHandlers(): CapabilityHandlers<'map'> {
  return {
    'map.create': later,
    'map.change': later,
    'map.end': later,
    'map.list': later,
    'map.get': later,
    'map.history': later,
    'map.changedSince': later,
    'map.import': later,
    'map.export': later,
    'map.layers.list': later,
    'map.layers.add': later,
    'map.layers.change': later,
    'map.layers.remove': later,
  };
}
