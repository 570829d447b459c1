import type { AnyEvent } from '../../shared/api/events.js';

export type EventListener = (event: AnyEvent) => void;

/** Fans change events out to every window and seat. A failing listener never stops the others. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  constructor(private readonly log: (message: string) => void) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AnyEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.log(`event listener failed for ${event.event}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}
