/**
 * JSON Canonicalization Scheme (RFC 8785): object keys sorted by UTF-16 code units, no white
 * space, strings and numbers serialised as ECMAScript's JSON.stringify does (which is what the
 * RFC specifies). Used for the journal's hash chain, so the same entry always hashes the same.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  return canonicalJsonOf(value);
}

/**
 * The canonical JSON of a value checked to be plain JSON while it is written (what zod parsed
 * from a record schema always is): one pass, no copy. undefined members are left out, as
 * JSON.stringify does; anything else JSON cannot carry (NaN, a Date, a class) is a TypeError.
 * Every record's payload goes through here on the write path.
 */
export function canonicalJsonOf(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('RFC 8785 cannot represent NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJsonOf(value[i]);
    return `${out}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    // Array.prototype.sort without a comparator compares UTF-16 code units, as RFC 8785 §3.2.3 asks.
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
      const member = record[key];
      if (member === undefined) continue;
      out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJsonOf(member)}`;
    }
    return `${out}}`;
  }
  throw new TypeError(`not JSON: ${typeof value}`);
}
