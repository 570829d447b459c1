import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonOf } from '../../electron/core/db/canonical-json.js';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops white space', () => {
    // RFC 8785 §3.2.3 example of property sorting.
    const input = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis","€":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('serialises numbers, literals and nesting as the RFC example does', () => {
    const input = { numbers: [333333333.3333333 /* RFC: 333333333.33333329, the same double */, 1e30, 4.5, 2e-3, 0.000000000000000000000000001], string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/', literals: [null, true, false] };
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('is independent of key insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
  });

  it('checks a value while writing it: undefined members are left out, anything else not JSON is refused', () => {
    expect(canonicalJsonOf({ b: undefined, a: [1, { c: 'x', d: undefined }] })).toBe('{"a":[1,{"c":"x"}]}');
    expect(() => canonicalJsonOf({ when: new Date(0) })).toThrow(TypeError);
    expect(() => canonicalJsonOf([1, undefined])).toThrow(TypeError);
    expect(() => canonicalJsonOf({ n: Infinity })).toThrow(TypeError);
    expect(() => canonicalJsonOf({ big: 1n })).toThrow(TypeError);
    expect(() => canonicalJsonOf(new Map())).toThrow(TypeError);
  });
});
