import type { Actor } from '../../shared/domain/actor.js';
import { newBoard, type TestBoard } from './helpers.js';

/** A clock the test moves by hand: what is overdue is judged by it, never by the machine's. */
export interface HandClock {
  now: () => Date;
  advance(minutes: number): void;
  iso(): string;
}

export function handClock(startIso = '2026-11-24T08:00:00.000Z'): HandClock {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    advance(minutes) {
      t += minutes * 60_000;
    },
    iso: () => new Date(t).toISOString(),
  };
}

/** A board in Gävle (2180) with the usual actors, on a hand clock. */
export async function actorBoard(clock: HandClock = handClock()): Promise<TestBoard & { clock: HandClock; actor(name: string): Promise<Actor> }> {
  const b = await newBoard({ seedActors: true, now: clock.now });
  const actor = async (name: string): Promise<Actor> => {
    const found = (await b.call('actors.list', {})).actors.find((a) => a.name === name);
    if (!found) throw new Error(`no actor ${name}`);
    return found;
  };
  return { ...b, clock, actor };
}
