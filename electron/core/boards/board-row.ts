import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { BoardInfo } from '../../../shared/domain/board.js';
import { schemaVersion } from '../db/migrate.js';

interface BoardRow {
  board_id: string;
  name: string;
  kommun_code: string;
  kommun_name: string;
  exercise: number;
  mode: string;
  created_at: string;
}

/** The board's details as the UI shows them, read from the file itself. */
export function readBoardInfo(
  db: Database.Database,
  path: string,
  readOnly: { readOnly: boolean; readOnlyReason: BoardInfo['read_only_reason'] },
): BoardInfo {
  let row: BoardRow | undefined;
  try {
    row = db.prepare<[], BoardRow>('SELECT board_id, name, kommun_code, kommun_name, exercise, mode, created_at FROM board WHERE id = 1').get();
  } catch (err) {
    throw new ApiError('board_unreadable', `cannot read the board details of ${path}`, {
      path,
      reason: err instanceof Error ? err.message : String(err),
    });
  }
  if (!row) {
    throw new ApiError('board_unreadable', `${path} has no board details`, { path, reason: 'no board details' });
  }
  return {
    id: row.board_id,
    name: row.name,
    kommun_code: row.kommun_code,
    kommun_name: row.kommun_name,
    exercise: row.exercise === 1,
    mode: row.mode === 'activated' ? 'activated' : 'ordinary',
    created_at: row.created_at,
    path,
    read_only: readOnly.readOnly,
    read_only_reason: readOnly.readOnlyReason,
    schema_version: schemaVersion(db),
  };
}
