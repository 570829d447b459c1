import type Database from 'better-sqlite3';
import type { BoardInfo } from '../../../shared/domain/board.js';
import type { ReportBody, ReportMap } from '../../../shared/reports/domain.js';
import { newestReceivedPerSender } from './read.js';
import { mapSnapshot } from './snapshot/snapshot.js';
import type { ReportTools } from './tools.js';

/** The picture as it stands, for a report being composed: the board's features and its neighbours'. */
export function boardSnapshot(db: Database.Database, board: BoardInfo, body: ReportBody, now: Date, tools: ReportTools): ReportMap | null {
  return mapSnapshot({
    kommunCode: board.kommun_code,
    kommunName: board.kommun_name,
    at: now.toISOString(),
    boundaries: tools.boundaries,
    symbols: tools.symbols,
    features: body.features,
    neighbours: newestReceivedPerSender(db).map((r) => ({ kommun: r.document.board.kommun_name, features: r.document.body.features })),
  });
}
