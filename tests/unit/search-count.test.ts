import { describe, expect, it } from 'vitest';
import { openBoardDb } from '../../electron/core/db/open.js';
import { appendEntry } from '../../electron/core/journal/write.js';
import { PROJECTIONS } from '../../electron/core/projections.js';
import { RecordLog } from '../../electron/core/record/log.js';
import { WriteContext } from '../../electron/core/record/write.js';
import { SEARCH_COUNT_CAP } from '../../shared/domain/journal.js';
import { newBoard } from './helpers.js';

describe('a search with very many hits', () => {
  it('counts up to the cap and says there are more; the plain list is counted exactly', async () => {
    const b = await newBoard();
    b.core.close();
    const { db } = openBoardDb(b.path);
    const log = new RecordLog(db);
    db.transaction(() => {
      for (let i = 0; i < SEARCH_COUNT_CAP + 5; i++) {
        appendEntry(new WriteContext(db, log, PROJECTIONS, 'Test', new Date(Date.UTC(2026, 10, 20, 6, 0, i))), {
          kind: i % 2 === 0 ? 'decision' : 'information',
          text: `Strömavbrott rad ${i}`,
          actor: null,
          occurred_at: null,
          significant: false,
        });
      }
    })();
    db.close();
    const { createCore } = await import('../../electron/core/index.js');
    const core = createCore({ dataDir: b.dir, watchIntervalMs: 0, verifyOnOpen: false });
    core.openBoardFile(b.path);
    const list = async (query: object) => {
      const reply = await core.dispatch('journal.list', { query, limit: 10 }, { role: 'wall', name: null });
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result as { total: number; total_capped: boolean; entries: unknown[] };
    };
    expect(await list({ search: 'strömavbrott' })).toMatchObject({ total: SEARCH_COUNT_CAP, total_capped: true });
    expect((await list({ search: 'strömavbrott' })).entries).toHaveLength(10);
    // Under the cap: exact. The plain list: exact, however long.
    expect(await list({ search: 'strömavbrott', kinds: ['decision'] })).toMatchObject({ total: (SEARCH_COUNT_CAP + 5 + 1) / 2 | 0, total_capped: false });
    const plain = await list({});
    expect(plain, JSON.stringify({ ...plain, entries: plain.entries.length })).toMatchObject({ total: SEARCH_COUNT_CAP + 5, total_capped: false });
    core.close();
  });
});
