import { useCallback } from 'react';
import type { BoardInfo } from '../../../shared/domain/board';
import { useLiveCall } from '../api/useLiveCall';

export type BoardState = { status: 'loading' } | { status: 'ready'; board: BoardInfo | null } | { status: 'failed'; error: unknown };

/**
 * The open board: fetched on every (re)connect and after every 'board.changed', so every seat
 * follows when anyone opens, closes or changes the board (or it turns read-only).
 */
export function useBoard(): { state: BoardState; setBoard: (board: BoardInfo | null) => void } {
  const current = useLiveCall('boards.current', {}, { refreshOn: ['board.changed'] });
  const { set } = current;
  const setBoard = useCallback((board: BoardInfo | null) => set({ board }), [set]);
  const state: BoardState =
    current.data !== undefined
      ? { status: 'ready', board: current.data.board }
      : current.error !== null
        ? { status: 'failed', error: current.error }
        : { status: 'loading' };
  return { state, setBoard };
}
