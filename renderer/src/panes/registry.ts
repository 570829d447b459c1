import type { SeatRole } from '../../../shared/api/protocol';
import type { BoardInfo } from '../../../shared/domain/board';
import { journalPane } from '../journal/pane';
import { mapPane } from '../map/pane';
import type { PaneSpec } from './pane';

/**
 * Every pane of the board, in the order a layout places them. A capability adds its pane here,
 * one line (its spec lives beside its components: <capability>/pane.ts).
 */
export const PANES: readonly PaneSpec[] = [journalPane, mapPane];

/** One layout per seat role: its class on the board grid (panes are placed by tokens/CSS). */
export const LAYOUTS: Record<SeatRole, { className: string }> = {
  staff: { className: 'layout-staff' },
  wall: { className: 'layout-wall' },
};

/** The panes a seat of this role shows for this board, in registry order. */
export function panesFor(role: SeatRole, board: BoardInfo, panes: readonly PaneSpec[] = PANES): PaneSpec[] {
  return panes.filter((p) => p.roles.includes(role) && (p.modes === undefined || p.modes.includes(board.mode)));
}
