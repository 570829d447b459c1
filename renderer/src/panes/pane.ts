import type { ComponentType } from 'react';
import type { SeatRole } from '../../../shared/api/protocol';
import type { BoardInfo, BoardMode } from '../../../shared/domain/board';
import type { PaneShortcut } from './shortcuts';

/** What every pane is given: the open board, and whether this seat may write to it. */
export interface PaneProps {
  board: BoardInfo;
  /** A staff seat on a board that is not read-only (for a liaison: a pane it writes in). */
  canWrite: boolean;
}

/** A capability's place on the board: which seats show it, in which modes, and its keys. */
export interface PaneSpec {
  id: string;
  component: ComponentType<PaneProps>;
  /** The seat roles whose layout shows it (the wall only reads). */
  roles: readonly SeatRole[];
  /** Shown only in these board modes; left out: always. */
  modes?: readonly BoardMode[];
  shortcuts: readonly PaneShortcut[];
  /**
   * A liaison seat writes in this pane (the server allows it its own actor's status and
   * assignments, and new journal entries); left out: the pane is read-only for a liaison.
   */
  liaisonWrites?: boolean;
}
