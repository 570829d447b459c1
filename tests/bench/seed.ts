import { ENTRY_KINDS } from '../../shared/domain/journal.js';
import { createCore } from '../../electron/core/index.js';
import { openBoardDb } from '../../electron/core/db/open.js';
import { JournalWriter } from '../../electron/core/journal/append.js';
import { ACTORS, journalText } from './words.js';

/**
 * A new board file in `dir` with `entries` journal entries, written through the real writer (hash
 * chain, full-text trigger) but in one transaction to keep it quick. Returns the file's path.
 */
export async function seedBoard(dir: string, name: string, entries: number): Promise<string> {
  const core = createCore({ dataDir: dir, watchIntervalMs: 0 });
  const created = await core.dispatch('boards.create', { name, kommun_code: '2180', exercise: true }, { role: 'staff' });
  core.close();
  if (!created.ok) throw new Error(created.error.message);
  const path = (created.result as { path: string }).path;

  const { db } = openBoardDb(path);
  let clock = Date.parse('2026-11-20T06:00:00Z');
  const writer = new JournalWriter(db, () => new Date((clock += 7_000)));
  db.transaction(() => {
    for (let i = 0; i < entries; i++) {
      writer.append({
        kind: ENTRY_KINDS[i % ENTRY_KINDS.length] ?? 'information',
        text: journalText(i),
        actor: ACTORS[i % ACTORS.length] ?? null,
        occurred_at: null,
        significant: i % 50 === 0,
      });
    }
  })();
  db.close();
  return path;
}
