import type { PaneSpec } from '../panes/pane';
import { ReportsPane } from './ReportsPane';

/** Lägesrapporter: staff seats (a draft is work in progress; the wall shows the picture itself). */
export const reportsPane: PaneSpec = {
  id: 'reports',
  component: ReportsPane,
  roles: ['staff'],
  shortcuts: [],
};
