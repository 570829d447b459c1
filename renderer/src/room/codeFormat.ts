/**
 * Pairing codes as people read and type them. The server compares codes without the dash and
 * case-insensitively (shared/room/contract.ts); the page only shows them grouped so they can be
 * read aloud across a room and typed without losing one's place.
 */

const GROUP = 3;

/** What was typed, as the code itself: letters and digits only, upper case (spaces, dashes gone). */
export function normalizeCode(typed: string): string {
  return typed.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** `k7m4qp` → `K7M-4QP`: groups of three, joined by a dash (a shorter last group as it is). */
export function groupCode(code: string): string {
  const plain = normalizeCode(code);
  const groups: string[] = [];
  for (let at = 0; at < plain.length; at += GROUP) groups.push(plain.slice(at, at + GROUP));
  return groups.join('-');
}
