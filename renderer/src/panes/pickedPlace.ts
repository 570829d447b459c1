import { useSyncExternalStore } from 'react';
import type { Place } from '../../../shared/domain/journal';

/**
 * The last place clicked on the map, offered to the journal's entry form ("Plats från kartan"):
 * the map publishes, the journal reads, neither imports the other.
 */
let picked: Place | null = null;
const listeners = new Set<() => void>();

export function pickPlace(place: Place | null): void {
  picked = place;
  for (const listener of [...listeners]) listener();
}

export function usePickedPlace(): Place | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => picked,
  );
}
