import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate.js';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.js';
import { newestReceivedPerSender } from '../../electron/core/reports/read.js';

describe('newestReceivedPerSender', () => {
  it('gives the newest report of each neighbour, whatever order they came in', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS);
    const insert = db.prepare('INSERT INTO report_received (sender_board, sender, number, document, received_at, received_by, record_seq) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const received: [string, string, number][] = [
      ['sandviken', 'Sandvikens kommun', 2],
      ['hofors', 'Hofors kommun', 1],
      ['sandviken', 'Sandvikens kommun', 3],
      ['sandviken', 'Sandvikens kommun', 1],
    ];
    received.forEach(([board, sender, number], i) => insert.run(board, sender, number, JSON.stringify({ number }), '2026-11-24T05:00:00.000Z', 'Bo Ek', i + 1));
    const newest = newestReceivedPerSender(db).map((r) => [r.sender_board, r.number]);
    expect(newest.sort()).toEqual([
      ['hofors', 1],
      ['sandviken', 3],
    ]);
    db.close();
  });
});
