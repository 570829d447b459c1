import type { PaneShortcut } from '../panes/shortcuts';
import { kindForShortcut } from './kinds';

/** Alt+R ("Rätta"): e.code, so any keyboard layout works. */
export function isCorrectLatestKey(e: KeyboardEvent): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyR';
}

/** The journal pane's keys: Alt+1…6 picks the entry's kind, Alt+R corrects the latest entry. */
export const JOURNAL_SHORTCUTS = {
  kind: { id: 'journal.kind', match: kindForShortcut },
  correctLatest: { id: 'journal.correctLatest', match: (e) => (isCorrectLatestKey(e) ? 'latest' : null) },
} as const satisfies Record<string, PaneShortcut>;
