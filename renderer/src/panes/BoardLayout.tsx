import type { BoardInfo } from '../../../shared/domain/board';
import { useConnection } from '../api/useConnection';
import { panesFor } from './registry';
import { usePaneKeyboard } from './shortcuts';
import { useLayout } from './useLayout';
import './layouts.css';

/**
 * The open board as this seat lays it out: the panes its layout names (for its role and the
 * board's mode), each in its grid area, and one keyboard handler that offers each key to their
 * shortcuts.
 */
export function BoardLayout({ board }: { board: BoardInfo }) {
  const { role, seat } = useConnection();
  const kind = seat?.kind ?? null;
  const { layout } = useLayout({ keys: true });
  const panes = panesFor(layout, board);
  usePaneKeyboard(panes.flatMap((p) => p.shortcuts));
  const canWrite = role === 'staff' && !board.read_only;
  return (
    <main className={`board-grid layout-${layout.id}`} data-layout={layout.id}>
      {panes.map(({ id, component: Pane, liaisonWrites }) => (
        <Pane key={id} board={board} canWrite={canWrite && (kind !== 'liaison' || liaisonWrites === true)} />
      ))}
    </main>
  );
}
