import type { Handlers } from '../handler-types.js';
import type { BoardState } from './board-state.js';
import { setBoardMode } from './set-mode.js';

/** The boards capability: which board is open, recent boards, create, open, close. */
export function boardHandlers(boards: BoardState): Pick<Handlers, `boards.${string}` & keyof Handlers> {
  return {
    'boards.current': () => ({ board: boards.current()?.info ?? null }),
    'boards.recent': () => ({ boards: boards.recent.list() }),
    'boards.create': (input) => boards.create(input),
    'boards.open': (input) => boards.openRecent(input.id),
    'boards.setMode': (input) => setBoardMode(boards.require(), input.mode),
    'boards.close': () => {
      boards.close();
      return {};
    },
  };
}
