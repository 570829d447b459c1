import { z } from 'zod';
import { findKommun } from '../kommuner.js';
import { userText } from './text.js';

export const BOARD_MODES = ['ordinary', 'activated'] as const;
/** ordinary = normal staff work; activated = krisledning (the crisis management board) activated. */
export const BoardMode = z.enum(BOARD_MODES);
export type BoardMode = z.infer<typeof BoardMode>;

export const NAME_MAX = 200;

export const KommunCode = z
  .string()
  .regex(/^\d{4}$/, { message: 'must be a 4-digit kommunkod' })
  .refine((c) => findKommun(c) !== undefined, { message: 'unknown kommunkod' });

export const BoardInfo = z.object({
  id: z.string(),
  name: z.string(),
  kommun_code: z.string(),
  kommun_name: z.string(),
  exercise: z.boolean(),
  mode: BoardMode,
  created_at: z.string(),
  /** Where the board file lives, shown so the staff know which file is the record. */
  path: z.string(),
  read_only: z.boolean(),
  /**
   * Why a board is read-only: the file failed PRAGMA quick_check (damaged), or its record's hash
   * chain or projections do not hold (chain_broken: found by the check when it opened).
   */
  read_only_reason: z.enum(['damaged', 'chain_broken']).nullable(),
  schema_version: z.number().int(),
});
export type BoardInfo = z.infer<typeof BoardInfo>;

export const RecentBoard = z.object({
  id: z.string(),
  name: z.string(),
  kommun_code: z.string(),
  kommun_name: z.string(),
  exercise: z.boolean(),
  path: z.string(),
  last_opened_at: z.string(),
  exists: z.boolean(),
});
export type RecentBoard = z.infer<typeof RecentBoard>;

export const CreateBoardInput = z.strictObject({
  name: userText(NAME_MAX),
  kommun_code: KommunCode,
  exercise: z.boolean(),
  mode: BoardMode.default('ordinary'),
});
export type CreateBoardInput = z.input<typeof CreateBoardInput>;
