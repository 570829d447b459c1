import type { Caller } from '../electron/core/index.js';

/** A staff seat whose person has said their name, as every writing seat must. */
export function staff(name = 'Test Testsson'): Caller {
  return { role: 'staff', name };
}

/** A read-only wall seat. */
export function wall(): Caller {
  return { role: 'wall', name: null };
}
