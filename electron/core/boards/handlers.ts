import { ApiError } from '../../../shared/api/errors.js';
import type { CapabilityHandlers, Caller } from '../handler-types.js';
import type { BoardState } from './board-state.js';
import { setBoardMode } from './set-mode.js';

function nameOf(caller: Caller): string {
  if (caller.name === null) throw new ApiError('name_required', 'say who is writing first (session.identify)');
  return caller.name;
}

/** The boards capability: which board is open, recent boards, create, open, close, mode. */
export function boardHandlers(boards: BoardState): CapabilityHandlers<'boards'> {
  return {
    'boards.current': () => ({ board: boards.current()?.info ?? null }),
    'boards.recent': () => ({ boards: boards.recent.list() }),
    'boards.create': (input, { caller }) => boards.create(input, nameOf(caller)),
    'boards.open': (input) => boards.openRecent(input.id),
    'boards.setMode': (input, call) => setBoardMode(call, input.mode),
    'boards.close': () => {
      boards.close();
      return {};
    },
  };
}
