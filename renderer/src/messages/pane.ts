import type { PaneSpec } from '../panes/pane';
import { MessagesPane } from './MessagesPane';

/**
 * Joint messages: staff seats only. Drafts never reach a wall seat (the server filters them), and
 * the wall has no use for the drafting pane.
 */
export const messagesPane: PaneSpec = {
  id: 'messages',
  component: MessagesPane,
  roles: ['staff'],
  shortcuts: [],
};
