import type { RoutedEvent } from './record/projection.js';

export type EventListener = (event: RoutedEvent) => void;

/**
 * Fans change events out to every window and seat; each event names the roles that may see it
 * and the transports filter on it. A failing listener never stops the others.
 */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  constructor(private readonly log: (message: string) => void) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: RoutedEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.log(`event listener failed for ${event.event}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}
