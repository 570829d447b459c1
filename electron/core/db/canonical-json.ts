/**
 * JSON Canonicalization Scheme (RFC 8785): object keys sorted by UTF-16 code units, no white
 * space, strings and numbers serialised as ECMAScript's JSON.stringify does (which is what the
 * RFC specifies). Used for the journal's hash chain, so the same entry always hashes the same.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('RFC 8785 cannot represent NaN or Infinity');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  // Array.prototype.sort without a comparator compares UTF-16 code units, as RFC 8785 §3.2.3 asks.
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
}
