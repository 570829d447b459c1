import type { PaneSpec } from '../panes/pane';
import { RoomPane } from './RoomPane';

/** Rummet: a staff pane in the host's own "Rummet" view only (panes/layouts.ts offers that view to the host). */
export const roomPane: PaneSpec = {
  id: 'room',
  component: RoomPane,
  roles: ['staff'],
  shortcuts: [],
};
