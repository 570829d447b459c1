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

/** A value checked to be plain JSON (what zod parsed from a record schema always is). */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('not JSON: a non-finite number');
    return value;
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) {
      // undefined members are left out, as JSON.stringify does.
      if (v !== undefined) out[k] = toJsonValue(v);
    }
    return out;
  }
  throw new TypeError(`not JSON: ${typeof value}`);
}
