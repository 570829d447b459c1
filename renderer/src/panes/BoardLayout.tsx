import type { SeatRole } from '../../../shared/api/protocol';
import type { BoardInfo } from '../../../shared/domain/board';
import { LAYOUTS, panesFor } from './registry';
import { usePaneKeyboard } from './shortcuts';

/**
 * The open board as this seat's role lays it out: the registered panes for the role and the
 * board's mode, and one keyboard handler that offers each key to their shortcuts.
 */
export function BoardLayout({ board, role }: { board: BoardInfo; role: SeatRole }) {
  const panes = panesFor(role, board);
  usePaneKeyboard(panes.flatMap((p) => p.shortcuts));
  const canWrite = role === 'staff' && !board.read_only;
  return (
    <main className={`board-grid ${LAYOUTS[role].className}`} data-layout={role}>
      {panes.map(({ id, component: Pane }) => (
        <Pane key={id} board={board} canWrite={canWrite} />
      ))}
    </main>
  );
}
