import { ApiError } from '../../../shared/api/errors.js';
import type { BoardState } from '../boards/board-state.js';
import type { Handlers } from '../handler-types.js';
import { verifyChain } from './verify.js';

/** The journal capability. Writes publish their entry to every window and seat after commit. */
export function journalHandlers(boards: BoardState): Pick<Handlers, `journal.${string}` & keyof Handlers> {
  return {
    'journal.append': (input) => {
      const session = boards.require();
      const entry = session.journalWriter().append(input);
      session.publishCommitted(entry);
      return entry;
    },
    'journal.correct': (input) => {
      const session = boards.require();
      const entry = session.journalWriter().correct(input);
      session.publishCommitted(entry);
      return entry;
    },
    'journal.list': (input) => boards.require().reader.list(input.query, input.offset, input.limit),
    'journal.get': (input) => {
      const entry = boards.require().reader.get(input.seq);
      if (!entry) throw new ApiError('not_found', `no journal entry ${input.seq}`, { seq: input.seq });
      return entry;
    },
    'journal.position': (input) => ({ index: boards.require().reader.position(input.seq, input.query) }),
    'journal.actors': () => ({ actors: boards.require().reader.actors() }),
    'journal.verify': () => verifyChain(boards.require().db),
  };
}
