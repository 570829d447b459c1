/**
 * Words written with punctuation inside them ("E.ON", "ICA-Maxi", "SOS-Alarm", "P&G") are split
 * by the full-text tokenizer ("e", "on"), so a search for "eon" or "icamaxi" finds nothing. Each
 * such word is also indexed joined up ("EON", "ICAMaxi"), in the journal_entry column
 * search_words. Derived from the entry's text and actor only; verify recomputes it.
 * Changing this function changes every projection row: it needs a migration that rebuilds them.
 */
const JOINED = /[\p{L}\p{N}]+(?:[.\-/&'’:_][\p{L}\p{N}]+)+/gu;
const PUNCTUATION = /[.\-/&'’:_]/gu;

/** A cheap first look: punctuation with a non-space on both sides. Most texts have none. */
const MAYBE_JOINED = /[^\s.\-/&'’:_][.\-/&'’:_][^\s.\-/&'’:_]/;

export function searchWords(text: string, actor: string | null): string {
  const sources = [text, actor ?? ''].filter((source) => MAYBE_JOINED.test(source));
  if (sources.length === 0) return '';
  const words = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(JOINED)) words.add(match[0].replace(PUNCTUATION, ''));
  }
  return [...words].join(' ');
}
