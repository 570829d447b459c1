/**
 * Turns what a user typed into a safe FTS5 query: every word becomes a quoted prefix term, all
 * must match. Quotes, operators and column filters the user typed are taken as plain text, so no
 * input can be a syntax error. Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/u)
    .map((word) => word.replace(/"/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => `"${word}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}

/** FTS5 highlight() markers: control characters, which user text may never contain. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** [start, end) ranges of the marked parts, as offsets into the unmarked text. */
export function highlightRanges(marked: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  let start = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) start = offset;
    else if (ch === MARK_CLOSE) {
      if (start >= 0) ranges.push([start, offset]);
      start = -1;
    } else offset += ch.length;
  }
  return ranges;
}
