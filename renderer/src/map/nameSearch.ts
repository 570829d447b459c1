import type { Kommun } from '../../../shared/kommuner';
import type { Place } from './places';

/**
 * Place and kommun names matching a search text: exact names first, then names that start with
 * the text, then names that contain it; kommuner before places at each step. Case and the
 * Swedish letters' accents are kept apart (å ≠ a), as Swedes spell them.
 */
export type NameHit = { kind: 'kommun'; kommun: Kommun } | { kind: 'place'; place: Place };

function norm(s: string): string {
  return s.trim().toLocaleLowerCase('sv');
}

export function searchNames(text: string, kommuner: readonly Kommun[], places: readonly Place[], limit = 8): NameHit[] {
  const q = norm(text);
  if (q === '') return [];
  const score = (name: string): number => {
    const n = norm(name);
    if (n === q) return 0;
    if (n.startsWith(q)) return 1;
    if (n.includes(q)) return 2;
    return -1;
  };
  const hits: Array<{ hit: NameHit; score: number; order: number }> = [];
  kommuner.forEach((kommun, i) => {
    const s = score(kommun.name);
    if (s >= 0) hits.push({ hit: { kind: 'kommun', kommun }, score: s * 2, order: i });
  });
  places.forEach((place, i) => {
    const s = score(place.name);
    if (s >= 0) hits.push({ hit: { kind: 'place', place }, score: s * 2 + 1, order: place.rank * 10_000 + i });
  });
  hits.sort((a, b) => a.score - b.score || a.order - b.order);
  return hits.slice(0, limit).map((h) => h.hit);
}
