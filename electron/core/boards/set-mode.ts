import type { BoardInfo, BoardMode } from '../../../shared/domain/board.js';
import type { WriteCall } from '../handler-types.js';
import { appendEntry } from '../journal/write.js';

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
 * Changes the board's mode and logs it as a significant decision, in one commit: the board never
 * shows a mode its journal does not explain. Choosing the mode it already has changes nothing.
 */
export function setBoardMode({ records, session }: WriteCall, mode: BoardMode): BoardInfo {
  const from = records.db.prepare<[], { mode: BoardMode }>('SELECT mode FROM board WHERE id = 1').get()?.mode ?? 'ordinary';
  if (from !== mode) {
    records.append('board.mode_changed', 'board', { from, to: mode });
    appendEntry(records, { kind: 'decision', text: modeChangeText(from, mode), actor: null, occurred_at: null, significant: true });
  }
  return { ...session.info, mode };
}
