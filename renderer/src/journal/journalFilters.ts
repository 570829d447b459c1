import type { EntryKind, JournalQuery } from '../../../shared/domain/journal';
import { parseRangeBound } from './stockholmInput';

export interface JournalFilters {
  kinds: EntryKind[];
  actor: string;
  significantOnly: boolean;
  from: string;
  to: string;
  search: string;
}

export const NO_FILTERS: JournalFilters = { kinds: [], actor: '', significantOnly: false, from: '', to: '', search: '' };

export type BuiltQuery = { query: JournalQuery; badFrom: boolean; badTo: boolean };

/** The API query for what the filter bar shows; an unparsable time bound is left out and flagged. */
export function buildQuery(f: JournalFilters): BuiltQuery {
  const query: JournalQuery = {};
  if (f.kinds.length > 0) query.kinds = f.kinds;
  if (f.actor.trim()) query.actor = f.actor.trim();
  if (f.significantOnly) query.significant = true;
  if (f.search.trim()) query.search = f.search.trim();
  const from = parseRangeBound(f.from, false);
  const to = parseRangeBound(f.to, true);
  if (from.ok && from.iso) query.from = from.iso;
  if (to.ok && to.iso) query.to = to.iso;
  return { query, badFrom: !from.ok, badTo: !to.ok };
}

export function hasFilters(f: JournalFilters): boolean {
  return f.kinds.length > 0 || !!f.actor.trim() || f.significantOnly || !!f.from.trim() || !!f.to.trim() || !!f.search.trim();
}
