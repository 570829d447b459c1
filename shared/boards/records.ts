import { z } from 'zod';
import { BoardMode } from '../domain/board.js';

/** The board's own record types: its identity (the chain's first record) and its mode. */
export const boardRecords = {
  /** Always record 1: binds the chain to this board, so no record can be moved into another. */
  'board.created': z.strictObject({
    board_id: z.string(),
    name: z.string(),
    kommun_code: z.string(),
    kommun_name: z.string(),
    exercise: z.boolean(),
    mode: BoardMode,
    created_at: z.string(),
  }),
  'board.mode_changed': z.strictObject({ from: BoardMode, to: BoardMode }),
  /** A board from Samlad 0.1 moved into the record: the old journal chain's head, kept as proof. */
  'board.migrated': z.strictObject({
    from_schema: z.number().int(),
    old_head_hash: z.string().nullable(),
    old_entries: z.number().int().nonnegative(),
    old_chain_ok: z.boolean(),
    mode: BoardMode,
  }),
} as const;
