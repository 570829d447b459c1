import type { z } from 'zod';

/**
 * Who may call a method, and how it runs:
 * - read:  any seat, the wall display included; runs in one read transaction of the open board.
 * - staff: staff seats and the desktop window only; no write transaction of its own.
 * - boards: as staff, but only on the host machine (the window, the host's own loopback seat, the
 *          CLI), never a seat paired over the network: which board is open is the host's choice,
 *          for the whole room.
 * - write: staff seats and the desktop window only; runs in the one write path: one IMMEDIATE
 *          transaction that appends records and their projections, then publishes them.
 * - host:  the host machine only (the desktop window, the host's own loopback seat): the room.
 */
export type Access = 'read' | 'staff' | 'boards' | 'write' | 'host';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, A extends Access = Access> {
  readonly access: A;
  readonly input: I;
  readonly output: O;
}

export function method<A extends Access, I extends z.ZodType, O extends z.ZodType>(access: A, input: I, output: O): MethodSpec<I, O, A> {
  return { access, input, output };
}
