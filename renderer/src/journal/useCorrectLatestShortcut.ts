import i18next from 'i18next';
import { useEffect, useRef } from 'react';
import type { JournalEntryView } from '../../../shared/domain/journal';
import { call } from '../api/client';
import { useApiEvent } from '../api/useApiEvent';
import { errorText } from '../i18n/errorText';
import { useShortcut } from '../panes/shortcuts';
import { JOURNAL_SHORTCUTS } from './shortcuts';

/** The newest page that the latest recorded entry is looked for in (newest by time first). */
const LOOK_IN = 200;

/**
 * Alt+R opens the correction of the entry recorded last (the highest number), or of its latest
 * correction. The highest number is the larger of what this seat saw pushed and the newest page.
 */
export function useCorrectLatestShortcut(
  enabled: boolean,
  open: (entry: JournalEntryView) => void,
  tell: (message: string | null) => void,
): void {
  const seenMax = useRef(0);
  useApiEvent((e) => {
    if (e.event === 'journal.appended') seenMax.current = Math.max(seenMax.current, e.data.entry.seq);
    if (e.event === 'board.changed') seenMax.current = 0;
  });
  const live = useRef({ open, tell });
  useEffect(() => {
    live.current = { open, tell };
  });

  // Alt+R: the journal pane's shortcut, dispatched by the board layout's keyboard handler.
  useShortcut(
    JOURNAL_SHORTCUTS.correctLatest.id,
    () => {
      correctLatest().catch((err: unknown) => live.current.tell(errorText(err)));
    },
    enabled,
  );

  async function correctLatest(): Promise<void> {
    const page = await call('journal.list', { query: {}, offset: 0, limit: LOOK_IN });
    let seq = Math.max(seenMax.current, ...page.entries.map((e) => e.seq));
    if (seq === 0) return live.current.tell(i18next.t('journal.noLatest'));
    let entry = await call('journal.get', { seq });
    // Follow the chain of corrections to the version that is in force.
    while (entry.corrected_by !== null) {
      seq = entry.corrected_by;
      entry = await call('journal.get', { seq });
    }
    live.current.tell(null);
    live.current.open(entry);
  }
}
