import type { PaneSpec } from '../panes/pane';
import { LazyMapPane } from './LazyMapPane';

/** The map (lägesbild): beside the journal for the staff, large on the wall. */
export const mapPane: PaneSpec = {
  id: 'map',
  component: LazyMapPane,
  roles: ['staff', 'wall'],
  shortcuts: [],
};
