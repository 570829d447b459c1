import { z } from 'zod';
import { method } from '../api/method.js';
import { BoardInfo, BoardMode, CreateBoardInput, RecentBoard } from '../domain/board.js';

const Empty = z.strictObject({});

/** Which board is open, the recent boards, and the board's own details. */
export const boardMethods = {
  'boards.current': method('read', Empty, z.object({ board: BoardInfo.nullable() })),
  /** Lists the paths of every recent board: not for a wall seat. */
  'boards.recent': method('boards', Empty, z.object({ boards: z.array(RecentBoard) })),
  'boards.create': method('boards', CreateBoardInput, BoardInfo),
  'boards.open': method('boards', z.strictObject({ id: z.string().max(100) }), BoardInfo),
  'boards.close': method('boards', Empty, z.object({})),
  /** Normal staff work ↔ krisledning activated; the change is logged as a significant decision. */
  'boards.setMode': method('write', z.strictObject({ mode: BoardMode }), BoardInfo),
} as const;

export const boardEvents = {
  /** The open board changed: opened, closed, or its details changed. null = no board open. */
  'board.changed': z.object({ board: BoardInfo.nullable() }),
} as const;
