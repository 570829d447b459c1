import type { PaneSpec } from '../panes/pane';
import { ActorsPane } from './ActorsPane';

/** The actors (aktörer): every seat; the wall shows the status panel only, without contacts. */
export const actorsPane: PaneSpec = {
  id: 'actors',
  component: ActorsPane,
  roles: ['staff', 'wall'],
  shortcuts: [],
};
