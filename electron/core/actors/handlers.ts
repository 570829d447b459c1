import { ApiError } from '../../../shared/api/errors.js';
import type { CapabilityHandlers } from '../handler-types.js';

function notYet(): never {
  throw new ApiError('internal', 'actors: not built yet');
}

/** The actors capability (being built: the contract first, so the UI can build on it). */
export function actorHandlers(): CapabilityHandlers<'actors'> {
  return {
    'actors.list': notYet,
    'actors.get': notYet,
    'actors.add': notYet,
    'actors.update': notYet,
    'actors.retire': notYet,
    'actors.seed': notYet,
    'actors.import': notYet,
    'actors.setStatus': notYet,
    'actors.assignments': notYet,
    'actors.assign': notYet,
    'actors.setAssignmentStatus': notYet,
    'actors.conference.start': notYet,
    'actors.conference.turn': notYet,
    'actors.conference.report': notYet,
    'actors.conference.end': notYet,
    'actors.conference.get': notYet,
    'actors.conference.current': notYet,
    'actors.conference.list': notYet,
    'actors.conference.protocol': notYet,
    'actors.conference.setNext': notYet,
    'actors.agree': notYet,
    'actors.agreements': notYet,
  };
}
