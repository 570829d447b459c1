import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NAMESPACE_NAMES, NAMESPACES } from '../../shared/locales/namespaces';

// Every namespace must have the same keys in Swedish and English, and no empty text: a missing
// key shows its raw name on the staff room's screen.
const LOCALES = fileURLToPath(new URL('../../shared/locales', import.meta.url));
const LANGUAGES = ['sv', 'en'] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function flatten(value: Json, prefix: string, out: Map<string, Json>): Map<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function load(lang: string, file: string): Map<string, Json> {
  return flatten(JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Json, '', new Map());
}

const namespaces = readdirSync(join(LOCALES, 'sv')).filter((f) => f.endsWith('.json')).sort();

describe('locale files', () => {
  it('has the same namespace files in every language', () => {
    for (const lang of LANGUAGES) {
      expect(readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json')).sort()).toEqual(namespaces);
    }
    expect(namespaces.length).toBeGreaterThan(0);
  });

  it('lists every namespace file once in shared/locales/namespaces.ts (the UI and the CLI load that list)', () => {
    expect([...NAMESPACE_NAMES].sort()).toEqual(namespaces.map((f) => f.replace(/\.json$/, '')));
    for (const ns of NAMESPACE_NAMES) {
      for (const lang of LANGUAGES) expect(NAMESPACES[ns][lang], `${lang}/${ns}`).toEqual(JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')));
    }
  });

  for (const file of namespaces) {
    it(`${file}: sv and en have exactly the same keys`, () => {
      const [sv, en] = LANGUAGES.map((lang) => [...load(lang, file).keys()].sort());
      expect(en).toEqual(sv);
    });

    it(`${file}: no empty or non-text values`, () => {
      for (const lang of LANGUAGES) {
        for (const [key, value] of load(lang, file)) {
          expect(typeof value === 'string' && value.trim().length > 0, `${lang}/${file} ${key}`).toBe(true);
        }
      }
    });
  }
});
