import { ApiError } from '../../../shared/api/errors.js';
import type { CapabilityHandlers } from '../handler-types.js';
import { appendEntry, correctEntry } from './write.js';

/** The journal capability. Writes append journal.entry records; the write path publishes them. */
export function journalHandlers(): CapabilityHandlers<'journal'> {
  return {
    'journal.append': (input, { records }) => appendEntry(records, input),
    'journal.correct': (input, { records }) => correctEntry(records, input),
    'journal.list': (input, call) => call.board().reader.list(input.query, input.offset, input.limit),
    'journal.get': (input, call) => {
      const entry = call.board().reader.get(input.seq);
      if (!entry) throw new ApiError('not_found', `no journal entry ${input.seq}`, { seq: input.seq });
      return entry;
    },
    'journal.position': (input, call) => ({ index: call.board().reader.position(input.seq, input.query) }),
    'journal.actors': (_input, call) => ({ actors: call.board().reader.actors() }),
  };
}
