import { z } from 'zod';

// Control characters other than tab and newline are refused in every user text: they cannot be
// typed, they break exports, and the search highlighter uses two of them as markers.
function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) return true;
  }
  return false;
}

/** Trimmed, at most max characters, no control characters: what every user text must be. */
function cleanText(max: number) {
  return z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .refine((s) => !hasControlChars(s), { message: 'must not contain control characters' });
}

/** A trimmed user text of 1..max characters with no control characters. */
export function userText(max: number) {
  return cleanText(max).refine((s) => s.length > 0, { message: 'must not be empty' });
}

/** Like userText, but empty or missing becomes null. */
export function optionalUserText(max: number) {
  return cleanText(max)
    .transform((s) => (s.length > 0 ? s : null))
    .nullish()
    .transform((s) => s ?? null);
}

/** An instant with an explicit offset (Z or ±hh:mm), normalised to UTC ISO 8601 with milliseconds. */
export const instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString());
