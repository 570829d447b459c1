import type { CapabilityHandlers } from '../handler-types.js';

/** The record: where its chain stands and what the background check of it found. */
export function recordHandlers(): CapabilityHandlers<'record'> {
  return {
    'record.head': (_input, call) => ({ head: call.board().head() }),
    'record.verification': (_input, call) => ({ verification: call.board().verification }),
  };
}
