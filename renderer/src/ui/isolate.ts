const FSI = '\u2068';
const PDI = '\u2069';

/**
 * User text put inside a plain string (a window title, an aria-label), where no element can
 * isolate it: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so a U+202E in a name
 * cannot reverse the words around it.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
