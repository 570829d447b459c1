import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '../../../shared/domain/board';
import { useCanWrite, useIsHost } from '../api/useConnection';
import { CreateBoardForm } from './CreateBoardForm';
import { RecentBoards } from './RecentBoards';
import './board.css';

/**
 * No board open: start a new händelse or reopen one, on the host machine. A wall display and a
 * seat paired over the network wait for the host to open one.
 */
export function StartScreen({ onOpened }: { onOpened: (board: BoardInfo) => void }) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const isHost = useIsHost();
  // The host is a staff seat: a wall is never it.
  if (!isHost) {
    return (
      <main className="start-screen start-wall" data-testid="start-waiting">
        <p className="wall-waiting">{t(canWrite ? 'start.seatWaiting' : 'start.wallWaiting')}</p>
      </main>
    );
  }
  return (
    <main className="start-screen" data-testid="start-screen">
      <CreateBoardForm onOpened={onOpened} />
      <RecentBoards onOpened={onOpened} />
    </main>
  );
}
