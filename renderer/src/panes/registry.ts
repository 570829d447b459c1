import type { BoardInfo } from '../../../shared/domain/board';
import { actorsPane } from '../actors/pane';
import { journalPane } from '../journal/pane';
import { liaisonPane } from '../liaison/pane';
import { mapPane } from '../map/pane';
import { messagesPane } from '../messages/pane';
import { reportsPane } from '../reports/pane';
import { wallPane } from '../wall/pane';
import { roomPane } from '../room/pane';
import type { LayoutSpec } from './layouts';
import type { PaneSpec } from './pane';

/**
 * Every pane of the board. A capability adds its pane here, one line (its spec lives beside its
 * components: <capability>/pane.ts), names it in the layouts it belongs to (panes/layouts.ts) and
 * gives it its grid area (panes/layouts.css: the area is the pane's id).
 */
export const PANES: readonly PaneSpec[] = [journalPane, mapPane, actorsPane, messagesPane, reportsPane, roomPane, liaisonPane, wallPane];

/**
 * The panes a layout shows for this board, in the layout's order: those registered, for the
 * layout's role, in the board's mode.
 */
export function panesFor(layout: LayoutSpec, board: BoardInfo, panes: readonly PaneSpec[] = PANES): PaneSpec[] {
  return layout.panes.flatMap((id) => panes.filter((p) => p.id === id && p.roles.includes(layout.role) && (p.modes === undefined || p.modes.includes(board.mode))));
}
