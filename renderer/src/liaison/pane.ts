import type { PaneSpec } from '../panes/pane';
import { LiaisonPane } from './LiaisonPane';

/** A liaison's own actor: the 'liaison' view only (panes/layouts.ts offers it to liaison seats). */
export const liaisonPane: PaneSpec = {
  id: 'liaison',
  component: LiaisonPane,
  roles: ['staff'],
  shortcuts: [],
  liaisonWrites: true,
};
