import { z } from 'zod';

/**
 * A word-by-word difference between two texts: runs of words that are the same, removed or added.
 * Words and the whitespace between them are separate tokens, so joining every run's text of `same`
 * and `added` gives the new text back, and `same` and `removed` the old one.
 */
export const DiffPart = z.object({ op: z.enum(['same', 'removed', 'added']), text: z.string() });
export type DiffPart = z.infer<typeof DiffPart>;
export const WordDiff = z.array(z.object({ field: z.string(), parts: z.array(DiffPart) }));
export type WordDiff = z.infer<typeof WordDiff>;

/**
 * Words, punctuation marks and whitespace runs as tokens: "Stäng  fönster!" → ["Stäng", "  ",
 * "fönster", "!"], so a word added before a full stop is one change, not a changed word.
 * Combining marks and joiners stay with their word (an emoji sequence is one token).
 */
export function words(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}\u200d\p{Extended_Pictographic}\uFE0F]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

/**
 * Myers' O(ND) shortest edit script over words. Texts are bounded (10 000 characters), and D is
 * the number of changed words, so a small edit of a long text is cheap.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end to recover the script, then run-length join it.
  const ops: DiffPart[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d] ?? v;
    const k = x - y;
    const down = k === -d || (k !== d && (vd[offset + k - 1] ?? 0) < (vd[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (vd[offset + prevK] ?? 0);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ op: 'same', text: a[x - 1] ?? '' });
      x--;
      y--;
    }
    if (d > 0) {
      if (down) ops.push({ op: 'added', text: b[y - 1] ?? '' });
      else ops.push({ op: 'removed', text: a[x - 1] ?? '' });
      x = prevX;
      y = prevY;
    }
  }
  ops.reverse();
  const joined: DiffPart[] = [];
  for (const part of ops) {
    const last = joined[joined.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else joined.push({ ...part });
  }
  return joined;
}
