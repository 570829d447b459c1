import type { PaneSpec } from '../panes/pane';
import { WallPane } from './WallPane';

/** The wall display: the panels its lead chose (map, actors, decisions, overdue, journal). */
export const wallPane: PaneSpec = {
  id: 'wall',
  component: WallPane,
  roles: ['wall'],
  shortcuts: [],
};
