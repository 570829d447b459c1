import { describe, expect, it } from 'vitest';
import { diffWords } from '../../shared/messages/diff.js';

const rebuild = (parts: ReturnType<typeof diffWords>, side: 'old' | 'new'): string =>
  parts.filter((p) => p.op !== (side === 'old' ? 'added' : 'removed')).map((p) => p.text).join('');

describe('word diff', () => {
  it.each([
    ['Stäng fönster', 'Stäng alla fönster'],
    ['', 'Ny text'],
    ['Gammal text', ''],
    ['a b c', 'x y z'],
    ['Röken är giftig.\nGå inomhus.', 'Röken är inte längre giftig.\nDu kan gå ut.'],
    ['👩‍🚒 Räddningstjänsten på plats', 'Räddningstjänsten 👩‍🚒 på plats'],
  ])('gives both texts back exactly: %j → %j', (a, b) => {
    const parts = diffWords(a, b);
    expect(rebuild(parts, 'old')).toBe(a);
    expect(rebuild(parts, 'new')).toBe(b);
  });

  it('marks only the changed words', () => {
    expect(diffWords('Vattnet stiger vid bron', 'Vattnet sjunker vid bron')).toEqual([
      { op: 'same', text: 'Vattnet ' },
      { op: 'removed', text: 'stiger' },
      { op: 'added', text: 'sjunker' },
      { op: 'same', text: ' vid bron' },
    ]);
  });

  it('handles the longest texts a message holds', () => {
    const long = Array.from({ length: 1600 }, (_, i) => `ord${i}`).join(' ');
    const edited = long.replace('ord800', 'ÄNDRAT');
    const parts = diffWords(long, edited);
    expect(parts.filter((p) => p.op !== 'same')).toEqual([
      { op: 'removed', text: 'ord800' },
      { op: 'added', text: 'ÄNDRAT' },
    ]);
  });
});
