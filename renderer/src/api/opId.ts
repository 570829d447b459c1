/**
 * One op_id per user action (docs/api.md). Not crypto.randomUUID(): a seat on the staff room's
 * network opens the board over plain http from another machine, which is no secure context, and
 * there randomUUID does not exist; getRandomValues does, everywhere. 128 random bits, as hex.
 */
export function newOpId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
