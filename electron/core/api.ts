import { boardHandlers } from './boards/handlers.js';
import type { BoardState } from './boards/board-state.js';
import type { Handlers } from './handler-types.js';
import { journalHandlers } from './journal/handlers.js';
import { mapHandlers } from './map/handlers.js';
import { recordHandlers } from './record/handlers.js';
import { sessionHandlers } from './session/handlers.js';

/** The handler table: every method of shared/api, each capability registering its own. */
export function createHandlers(boards: BoardState): Handlers {
  return {
    ...sessionHandlers(),
    ...recordHandlers(),
    ...boardHandlers(boards),
    ...journalHandlers(),
    ...mapHandlers(boards),
  } satisfies Handlers;
}
