import { z } from 'zod';

/**
 * The board's record: one append-only, hash-chained log that every capability writes. A record
 * type is named `<capability>.<what happened>`; its payload is the capability's own JSON.
 */
export const RecordType = z.string().regex(/^[a-z]+(\.[a-z_]+)+$/);

/** Where the chain stands: the last record's number and hash. Exports carry it. */
export const RecordHead = z.object({
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RecordHead = z.infer<typeof RecordHead>;

/** "SEQ:HASH", as `samlad verify --expect-head` takes it and exports print it. */
export function formatHead(head: RecordHead): string {
  return `${head.seq}:${head.hash}`;
}

export function parseHead(text: string): RecordHead | null {
  const m = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text.trim());
  if (!m) return null;
  const seq = Number(m[1]);
  return seq > 0 ? { seq, hash: m[2] as string } : null;
}

/**
 * What verify found wrong first. In the chain: a record whose hash does not match its content
 * (hash_mismatch), that does not follow the one before (prev_hash_mismatch), a gap (missing), or
 * an expected head that is no longer there (head_missing: the file was cut back) or differs
 * (head_mismatch: history was rewritten). In a projection: a row that differs from what the
 * records say (projection_mismatch), a row no record explains (projection_extra), or a row the
 * records call for that is gone (projection_missing).
 */
export const VERIFY_PROBLEMS = [
  'hash_mismatch',
  'prev_hash_mismatch',
  'missing',
  'bad_payload',
  'head_missing',
  'head_mismatch',
  'projection_mismatch',
  'projection_extra',
  'projection_missing',
] as const;
export const VerifyProblem = z.enum(VERIFY_PROBLEMS);
export type VerifyProblem = z.infer<typeof VerifyProblem>;

export const VerifyFinding = z.object({
  problem: VerifyProblem,
  /** The record the problem is in, or that the bad projection row comes from. */
  seq: z.number().int().positive().nullable(),
  /** For projections: the table and the row's key ("seq=4", "id=1"). */
  table: z.string().nullable(),
  key: z.string().nullable(),
  /** For projections: the column that differs. */
  column: z.string().nullable(),
  /** What the bad record is about, when it could be read (`journal/12`: loggpost #12). */
  subject: z.string().nullable(),
});
export type VerifyFinding = z.infer<typeof VerifyFinding>;

export const VerifyResult = z.object({
  ok: z.boolean(),
  /** Records checked and found good before the first problem (all of them when ok). */
  count: z.number().int().nonnegative(),
  head: RecordHead.nullable(),
  first_bad: VerifyFinding.nullable(),
});
export type VerifyResult = z.infer<typeof VerifyResult>;

/** The background check of an opened board, as the header shows it. */
export const Verification = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), checked: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  z.object({ state: z.literal('ok'), count: z.number().int().nonnegative(), head: RecordHead.nullable() }),
  z.object({ state: z.literal('broken'), count: z.number().int().nonnegative(), first_bad: VerifyFinding }),
]);
export type Verification = z.infer<typeof Verification>;
