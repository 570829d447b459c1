import type { PaneSpec } from '../panes/pane';
import { JournalPane } from './JournalPane';
import { JOURNAL_SHORTCUTS } from './shortcuts';

/** The journal (loggbok): every seat; the wall only reads it (its layout gives it no writing). */
export const journalPane: PaneSpec = {
  id: 'journal',
  component: JournalPane,
  roles: ['staff', 'wall'],
  shortcuts: Object.values(JOURNAL_SHORTCUTS),
  // New entries; corrections stay with the staff (JournalPane hides them for a liaison).
  liaisonWrites: true,
};
