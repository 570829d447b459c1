import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyBoard } from '../../electron/core/record/verify.js';
import { PROJECTIONS } from '../../electron/core/projections.js';
import { startWriter } from './child-writer.js';
import { newBoard } from './helpers.js';

const KILLS = 22;

describe('crash safety', () => {
  it(`keeps every acknowledged entry and an intact chain across ${KILLS} SIGKILLs`, async () => {
    const b = await newBoard();
    b.core.close();
    const acked = new Map<number, string>();
    for (let round = 0; round < KILLS; round++) {
      const w = startWriter(b.path, `r${round}`);
      await w.started;
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 250));
      w.child.kill('SIGKILL');
      await w.exited;
      expect(w.acks.length, `round ${round} acknowledged entries`).toBeGreaterThan(0);
      for (const a of w.acks) acked.set(a.seq, a.text);

      // After each kill: open the file as the app would next and check it.
      const db = new Database(b.path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = new Map(db.prepare<[], { seq: number; text: string }>('SELECT seq, text FROM journal_entry').all().map((r) => [r.seq, r.text]));
      for (const [seq, text] of acked) expect(rows.get(seq), `acknowledged entry ${seq}`).toBe(text);
      const chain = verifyBoard(db, PROJECTIONS);
      expect(chain.first_bad).toBeNull();
      expect(chain.count).toBe(rows.size + 1); // board.created, then one record per entry
      db.close();
    }
    expect(acked.size).toBeGreaterThan(KILLS);
  }, 180_000);
});
