import type { EntryKind, EntryOrigin, JournalQuery } from '../../../shared/domain/journal';
import { parseRangeBound } from './stockholmInput';

export interface JournalFilters {
  kinds: EntryKind[];
  actor: string;
  significantOnly: boolean;
  /** '' = every entry; else only what people wrote, or only the board's automatic entries. */
  origin: EntryOrigin | '';
  from: string;
  to: string;
  search: string;
}

export const NO_FILTERS: JournalFilters = { kinds: [], actor: '', significantOnly: false, origin: '', from: '', to: '', search: '' };

export type BuiltQuery = { query: JournalQuery; badFrom: boolean; badTo: boolean; unknownActor: boolean };

// Case and width do not matter, letters do: "polisen" = "Polisen", but "a" ≠ "å" (own letters in sv).
const actorCollator = new Intl.Collator('sv', { sensitivity: 'accent' });

/** Every known actor name the typed one stands for, ignoring case ("polisen" → "Polisen", "POLISEN"). */
export function matchingActors(typed: string, known: readonly string[]): string[] {
  const v = typed.trim();
  return v ? known.filter((a) => actorCollator.compare(a.trim(), v) === 0) : [];
}

/**
 * The API query for what the filter bar shows; an unparsable time bound is left out and flagged.
 * The server matches actors exactly (its index answers that fast); the typed actor is resolved to
 * the known spellings here, and an actor nobody used is sent as typed (and finds nothing).
 */
export function buildQuery(f: JournalFilters, knownActors: readonly string[] = []): BuiltQuery {
  const query: JournalQuery = {};
  let unknownActor = false;
  if (f.kinds.length > 0) query.kinds = f.kinds;
  const actor = f.actor.trim();
  if (actor) {
    const actors = matchingActors(actor, knownActors);
    query.actors = actors.length > 0 ? actors : [actor];
    unknownActor = actors.length === 0;
  }
  if (f.significantOnly) query.significant = true;
  if (f.origin) query.origin = f.origin;
  if (f.search.trim()) query.search = f.search.trim();
  const from = parseRangeBound(f.from, false);
  const to = parseRangeBound(f.to, true);
  if (from.ok && from.iso) query.from = from.iso;
  if (to.ok && to.iso) query.to = to.iso;
  return { query, badFrom: !from.ok, badTo: !to.ok, unknownActor };
}

export function hasFilters(f: JournalFilters): boolean {
  return !!f.search.trim() || folded(f) > 0;
}

/** How many of the filters behind the Filter toggle (all but search) are in use. */
export function folded(f: JournalFilters): number {
  return [f.kinds.length > 0, !!f.actor.trim(), f.significantOnly, f.origin !== '', !!f.from.trim(), !!f.to.trim()].filter(Boolean).length;
}
