import { useCallback, useEffect, useState } from 'react';
import type { BoardInfo } from '../../../shared/domain/board';
import { call } from '../api/client';
import { useApiEvent } from '../api/useApiEvent';
import { useConnection } from '../api/useConnection';

export type BoardState = { status: 'loading' } | { status: 'ready'; board: BoardInfo | null } | { status: 'failed'; error: unknown };

/**
 * The open board: fetched on every (re)connect, then kept current by 'board.changed' events, so
 * every seat follows when anyone opens, closes or changes the board.
 */
export function useBoard(): { state: BoardState; setBoard: (board: BoardInfo | null) => void } {
  const { epoch } = useConnection();
  const [state, setState] = useState<BoardState>({ status: 'loading' });

  useEffect(() => {
    if (epoch === 0) return;
    let live = true;
    call('boards.current', {})
      .then(({ board }) => live && setState({ status: 'ready', board }))
      .catch((error: unknown) => live && setState({ status: 'failed', error }));
    return () => {
      live = false;
    };
  }, [epoch]);

  useApiEvent((e) => {
    if (e.event === 'board.changed') setState({ status: 'ready', board: e.data.board });
  });

  const setBoard = useCallback((board: BoardInfo | null) => setState({ status: 'ready', board }), []);
  return { state, setBoard };
}
