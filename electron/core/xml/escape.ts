/**
 * Text as XML or HTML character data (and attribute values): markup escaped, and the two
 * characters XML 1.0 cannot hold replaced. Every text we write into a document goes through this.
 */
export function escapeMarkup(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\uFFFE\uFFFF]/g, '\uFFFD');
}
