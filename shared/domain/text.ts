import { z } from 'zod';

/**
 * Why a text or a time was refused: the English message goes with the validation issue (logs,
 * developers); the UI looks the message up here and shows `errors:refused.<key>` in its language.
 */
export const REFUSALS = {
  not_well_formed: 'must be well-formed Unicode (no lone surrogates)',
  control_chars: 'must not contain control characters',
  empty: 'must not be empty',
  out_of_range: 'must be between 1900-01-01 and 2199-12-31 (UTC)',
} as const;
export type RefusalKey = keyof typeof REFUSALS;

/** The key of a refusal message, or undefined for any other message. */
export function refusalKey(message: string): RefusalKey | undefined {
  return (Object.keys(REFUSALS) as RefusalKey[]).find((k) => REFUSALS[k] === message);
}

// A lone surrogate (half an emoji, cut mid-pair) cannot be stored: SQLite turns it into U+FFFD,
// and the hash of what was acknowledged would no longer match what is on disk. In a /u regex a
// lone surrogate is a code point of category Cs; a proper pair is one astral code point.
const LONE_SURROGATE = /\p{Cs}/u;

/** Every string that reaches core is well-formed UTF-16: what is acknowledged is what is stored. */
export function isWellFormed(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

// Control characters other than tab and newline are refused in every user text: they cannot be
// typed, they break exports, and the search highlighter uses two of them as markers. C1 controls
// (U+0080–U+009F, e.g. U+0085 NEXT LINE) are refused like C0 ones: some readers break lines on them.
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
}

function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isControl(s.charCodeAt(i))) return true;
  return false;
}

// A text of nothing visible is empty: whitespace, format characters (zero-width space and joiners,
// BOM, bidi marks, soft hyphen …) and the other default-ignorable code points (variation selectors,
// Hangul fillers …) all show as nothing.
const INVISIBLE_ONLY = /^[\s\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;

/** A string of at most max characters that is well-formed: for every text a user sends, filters too. */
export function wellFormedString(max: number) {
  return z.string().max(max).refine(isWellFormed, { message: REFUSALS.not_well_formed, abort: true });
}

/** Trimmed, at most max characters, well-formed, no control characters; nothing visible → "". */
function cleanText(max: number) {
  return wellFormedString(max)
    .refine((s) => !hasControlChars(s), { message: REFUSALS.control_chars, abort: true })
    .transform((s) => (INVISIBLE_ONLY.test(s) ? '' : s.trim()));
}

/** A trimmed user text of 1..max characters with no control characters. */
export function userText(max: number) {
  return cleanText(max).refine((s) => s.length > 0, { message: REFUSALS.empty });
}

/** Like userText, but empty or missing becomes null. */
export function optionalUserText(max: number) {
  return cleanText(max)
    .transform((s) => (s.length > 0 ? s : null))
    .nullish()
    .transform((s) => s ?? null);
}

// The list order key is whole seconds × 1e9 + seq in a signed 64-bit integer, so no instant outside
// about 1677-09-21 .. 2262-04-11 fits at all. A narrower window still holds every real event and
// every plausible typo-free backdating, leaves the key room to spare, and is easy to say to a user.
const EARLIEST = Date.parse('1900-01-01T00:00:00.000Z');
const LATEST = Date.parse('2199-12-31T23:59:59.999Z');

/**
 * An instant with an explicit offset (Z or ±hh:mm), normalised to UTC ISO 8601 with milliseconds,
 * between 1900-01-01 and 2199-12-31 (UTC).
 */
export const instant = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s).toISOString())
  .refine(
    (s) => {
      const t = Date.parse(s);
      return t >= EARLIEST && t <= LATEST;
    },
    { message: REFUSALS.out_of_range },
  );
