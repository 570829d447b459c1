import { staff } from '../callers.js';
import { ENTRY_KINDS } from '../../shared/domain/journal.js';
import { createCore } from '../../electron/core/index.js';
import { openBoardDb } from '../../electron/core/db/open.js';
import { appendEntry } from '../../electron/core/journal/write.js';
import { PROJECTIONS } from '../../electron/core/projections.js';
import { RecordLog } from '../../electron/core/record/log.js';
import { WriteContext } from '../../electron/core/record/write.js';
import { ACTORS, journalText } from './words.js';

const PER_TRANSACTION = 20_000;

/**
 * A new board file in `dir` with `entries` journal entries, written through the real record
 * (hash chain, projection, full-text trigger) but many to a transaction to keep it quick.
 * Returns the file's path.
 */
export async function seedBoard(dir: string, name: string, entries: number): Promise<string> {
  const core = createCore({ dataDir: dir, watchIntervalMs: 0, verifyOnOpen: false });
  const created = await core.dispatch('boards.create', { name, kommun_code: '2180', exercise: true }, staff());
  core.close();
  if (!created.ok) throw new Error(created.error.message);
  const path = (created.result as { path: string }).path;

  const { db } = openBoardDb(path);
  const log = new RecordLog(db);
  let clock = Date.parse('2026-11-20T06:00:00Z');
  for (let start = 0; start < entries; start += PER_TRANSACTION) {
    db.transaction(() => {
      for (let i = start; i < Math.min(entries, start + PER_TRANSACTION); i++) {
        const ctx = new WriteContext(db, log, PROJECTIONS, 'Bench Bänksson', new Date((clock += 7_000)));
        appendEntry(ctx, {
          kind: ENTRY_KINDS[i % ENTRY_KINDS.length] ?? 'information',
          text: journalText(i),
          actor: ACTORS[i % ACTORS.length] ?? null,
          occurred_at: null,
          significant: i % 50 === 0,
        });
      }
    })();
  }
  db.close();
  return path;
}
