import type { Caller } from '../electron/core/index.js';
import { HOST_SEAT } from '../electron/core/handler-types.js';

/** A staff seat whose person has said their name, as every writing seat must. */
export function staff(name = 'Test Testsson'): Caller {
  return { role: 'staff', name };
}

/** A read-only wall seat. */
export function wall(): Caller {
  return { role: 'wall', name: null };
}

/** The host machine itself (the desktop window, `samlad serve`'s loopback staff address): may run the room. */
export function host(name = 'Test Testsson'): Caller {
  return { role: 'staff', name, seat: HOST_SEAT };
}

/** A seat paired over the network with a code (its records carry `name` and the seat). */
export function paired(kind: 'lead' | 'logkeeper' | 'communicator' | 'liaison', name = 'Anna Berg', actorId: number | null = null): Caller {
  return { role: 'staff', name: null, seat: { kind, id: '7', actor_id: actorId, name } };
}
