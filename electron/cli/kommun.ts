import { KOMMUNER, findKommun, type Kommun } from '../../shared/kommuner.js';
import { CliError } from './args.js';
import { fold } from './fold.js';

const SUGGESTIONS = 3;

/** Levenshtein distance: how many single-letter edits turn a into b. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** One typed digit off first (2108 → 2180 is two), then the numerically closest codes. */
function nearestCodes(value: string): Kommun[] {
  const asNumber = Number(value);
  const typo = (k: Kommun): number => Math.min(editDistance(value, k.code), 2);
  return [...KOMMUNER]
    .sort((x, y) => typo(x) - typo(y) || Math.abs(Number(x.code) - asNumber) - Math.abs(Number(y.code) - asNumber))
    .slice(0, SUGGESTIONS);
}

/** Names starting with what was typed first, then the closest spellings (at most 3 edits away). */
function nearestNames(value: string): Kommun[] {
  const typed = fold(value);
  const prefixed = KOMMUNER.filter((k) => fold(k.name).startsWith(typed));
  const close = KOMMUNER.map((k) => ({ k, d: editDistance(typed, fold(k.name)) }))
    .filter(({ k, d }) => d <= 3 && !prefixed.includes(k))
    .sort((x, y) => x.d - y.d)
    .map(({ k }) => k);
  return [...prefixed, ...close].slice(0, SUGGESTIONS);
}

const listed = (kommuner: Kommun[]): string => kommuner.map((k) => `${k.name} ${k.code}`).join(', ');

/**
 * The kommun `--kommun` names: a 4-digit kommunkod, or the kommun's name in any case, with or
 * without å ä ö as long as that leaves only one kommun ("Habo" is Habo, not Håbo). Anything else
 * is an error that suggests the nearest names or codes.
 */
export function resolveKommun(input: string): Kommun {
  const value = input.trim();
  if (/^\d+$/.test(value)) {
    const kommun = value.length === 4 ? findKommun(value) : undefined;
    if (kommun) return kommun;
    throw new CliError('bad_kommun_code', { value, near: listed(nearestCodes(value)) });
  }
  const exact = KOMMUNER.filter((k) => k.name.toLocaleLowerCase('sv') === value.toLocaleLowerCase('sv'));
  if (exact.length === 1 && exact[0]) return exact[0];
  const folded = KOMMUNER.filter((k) => fold(k.name) === fold(value));
  if (folded.length === 1 && folded[0]) return folded[0];
  if (folded.length > 1) throw new CliError('ambiguous_kommun', { value, near: listed(folded) });
  const near = nearestNames(value);
  if (near.length === 0) throw new CliError('unknown_kommun', { value });
  throw new CliError('bad_kommun_name', { value, near: listed(near) });
}
