import type { z } from 'zod';
import { actorEvents } from '../actors/contract.js';
import { boardEvents } from '../boards/contract.js';
import { journalEvents } from '../journal/contract.js';
import { mapEvents } from '../map/contract.js';
import { messageEvents } from '../messages/contract.js';
import { reportEvents } from '../reports/contract.js';
import { warningEvents } from '../warnings/contract.js';
import { recordEvents } from '../record/contract.js';
import { roomEvents } from '../room/contract.js';

/**
 * Pushed to the windows and seats allowed to see them after a commit, whoever made it (another
 * process included): each capability contributes its own events.
 */
export const EVENTS = {
  ...recordEvents,
  ...boardEvents,
  ...journalEvents,
  ...mapEvents,
  ...messageEvents,
  ...warningEvents,
  ...reportEvents,
  ...actorEvents,
  ...roomEvents,
} as const;

export type Events = typeof EVENTS;
export type EventName = keyof Events;
export type EventData<E extends EventName> = z.output<Events[E]>;

/** One pushed event, as a discriminated union over every event name. */
export type AnyEvent = { [E in EventName]: { event: E; data: EventData<E> } }[EventName];
