import type { BoardInfo, BoardMode } from '../../../shared/domain/board.js';
import type { JournalEntry } from '../../../shared/domain/journal.js';
import type { BoardSession } from './session.js';

/**
 * The journal text of a mode change. The journal is the event's record, kept in Swedish whatever
 * language a seat shows, so these words are stored, not translated.
 */
const MODE_NAMES: Record<BoardMode, string> = {
  ordinary: 'Normalläge',
  activated: 'Krisledning aktiverad',
};

export function modeChangeText(from: BoardMode, to: BoardMode): string {
  return `Läget ändrat: ${MODE_NAMES[from]} → ${MODE_NAMES[to]}`;
}

/**
 * Changes the board's mode and logs it as a significant decision, in one transaction: the board
 * never shows a mode its journal does not explain. Choosing the mode it already has changes nothing.
 */
export function setBoardMode(session: BoardSession, mode: BoardMode): BoardInfo {
  const writer = session.journalWriter();
  const db = session.db;
  const logged = db
    .transaction((): JournalEntry | null => {
      const from = db.prepare<[], { mode: BoardMode }>('SELECT mode FROM board WHERE id = 1').get()?.mode ?? 'ordinary';
      if (from === mode) return null;
      db.prepare('UPDATE board SET mode = ? WHERE id = 1').run(mode);
      return writer.append({ kind: 'decision', text: modeChangeText(from, mode), actor: null, occurred_at: null, significant: true });
    })
    .immediate();
  if (logged) session.publishCommitted(logged);
  return session.refreshInfo();
}
