import type { CapabilityHandlers } from '../handler-types.js';

/** Who is at this seat or window: every record it writes from now on carries the name. */
export function sessionHandlers(): CapabilityHandlers<'session'> {
  return {
    'session.identify': (input, { caller }) => {
      caller.name = input.name;
      return { name: input.name };
    },
  };
}
