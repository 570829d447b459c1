import type { Feature } from '../../../../shared/map/feature';

/**
 * Showing the map by responsible actor (ansvarig aktör). The actor is free text, so "Polisen" and
 * " polisen" are one actor: features are grouped by a key (trimmed, lower case), shown with the
 * first spelling met. Features without an actor have the key '' (their own toggle). Pure.
 */
export function actorKey(actor: string | null): string {
  return (actor ?? '').trim().toLocaleLowerCase('sv');
}

export interface ActorInUse {
  key: string;
  /** As first written ('' for "no actor"). */
  name: string;
  count: number;
}

const collator = new Intl.Collator('sv');

/** The actors of these features, by name (Swedish order), "no actor" last. */
export function actorsInUse(features: readonly Feature[]): ActorInUse[] {
  const byKey = new Map<string, ActorInUse>();
  for (const f of features) {
    const key = actorKey(f.actor);
    const seen = byKey.get(key);
    if (seen) seen.count += 1;
    else byKey.set(key, { key, name: key === '' ? '' : (f.actor ?? '').trim(), count: 1 });
  }
  return [...byKey.values()].sort((a, b) => (a.key === '') !== (b.key === '') ? (a.key === '' ? 1 : -1) : collator.compare(a.name, b.name));
}

/** How many actors a seat's hidden list keeps, and how long each key may be (storage is input). */
export const HIDDEN_ACTORS_MAX = 500;
export const ACTOR_KEY_MAX = 200;
