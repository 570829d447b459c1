import { useSyncExternalStore } from 'react';
import { PERSON_NAME_MAX } from '../../../shared/domain/person';
import { identify } from '../api/client';

/** The name of the person at this seat, kept per machine (browser or window) between sessions. */
const STORAGE_KEY = 'samlad.person';

export { PERSON_NAME_MAX };

let current: string | null = read();
const listeners = new Set<() => void>();

function read(): string | null {
  const stored = localStorage.getItem(STORAGE_KEY)?.trim() ?? '';
  return stored.length > 0 ? stored : null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The stated name, or null until the person has said it. */
export function usePerson(): string | null {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * Says the name to the server (it goes on every record this seat writes), then remembers it. A
 * name the server refuses is not kept.
 */
export async function setPerson(name: string): Promise<void> {
  const trimmed = name.trim();
  await identify(trimmed);
  localStorage.setItem(STORAGE_KEY, trimmed);
  current = trimmed;
  for (const l of listeners) l();
}

/**
 * The name stated when this seat paired: kept at once (the seat is not asked again) and said to
 * the server as soon as the new connection is open (the transport repeats it on every reconnect).
 */
export function rememberPairedPerson(name: string): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  localStorage.setItem(STORAGE_KEY, trimmed);
  current = trimmed;
  for (const l of listeners) l();
  void identify(trimmed).catch(() => undefined);
}

/** Forgets the name, so the next person at this seat is asked theirs. */
export function clearPerson(): void {
  localStorage.removeItem(STORAGE_KEY);
  current = null;
  for (const l of listeners) l();
}

/** At start: say the remembered name, if there is one (the transport repeats it on reconnect). */
export function announceStoredPerson(): void {
  if (current !== null) void identify(current).catch(() => undefined);
}
