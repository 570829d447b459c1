import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '../../../shared/domain/board';
import { useCanWrite } from '../api/useConnection';
import { CreateBoardForm } from './CreateBoardForm';
import { RecentBoards } from './RecentBoards';
import './board.css';

/** No board open: start a new händelse or reopen one. A wall display can only wait. */
export function StartScreen({ onOpened }: { onOpened: (board: BoardInfo) => void }) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  if (!canWrite) {
    return (
      <main className="start-screen start-wall">
        <p className="wall-waiting">{t('start.wallWaiting')}</p>
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
