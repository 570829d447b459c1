import { z } from 'zod';
import { BoardInfo } from '../domain/board.js';
import { JournalEntry } from '../domain/journal.js';

/** Pushed to every window and seat after a commit, whoever made it (another process included). */
export const EVENTS = {
  /** A journal entry was committed (a correction is also an appended entry). */
  'journal.appended': z.object({ entry: JournalEntry }),
  /** The open board changed: opened, closed, or its details changed. null = no board open. */
  'board.changed': z.object({ board: BoardInfo.nullable() }),
} as const;

export type Events = typeof EVENTS;
export type EventName = keyof Events;
export type EventData<E extends EventName> = z.output<Events[E]>;

/** One pushed event, as a discriminated union over every event name. */
export type AnyEvent = { [E in EventName]: { event: E; data: EventData<E> } }[EventName];
