import { describe, expect, it } from 'vitest';
import { navigate, onNavigate, targetOfSource } from '../../renderer/src/panes/navigate';
import { readPrefs } from '../../renderer/src/map/features/useMapPrefs';

// The renderer's navigation bus (journal → map) and the map's per-seat choices read back.

describe('targetOfSource', () => {
  it('names a map feature for map/<id> and nothing else', () => {
    expect(targetOfSource('map/17')).toEqual({ kind: 'map.feature', id: 17 });
    for (const s of [null, '', 'map/', 'map/0', 'map/-1', 'map/1.5', 'map/17/x', 'journal/3', ' map/1', 'map/01']) expect(targetOfSource(s)).toBeNull();
  });
});

describe('navigate', () => {
  it('reaches the listeners until they stop listening, and says whether anyone listened', () => {
    const seen: number[] = [];
    const stop = onNavigate((t) => seen.push(t.id));
    expect(navigate({ kind: 'map.feature', id: 3 })).toBe(true);
    stop();
    expect(navigate({ kind: 'map.feature', id: 4 })).toBe(false);
    expect(seen).toEqual([3]);
  });
});

describe('readPrefs', () => {
  it('keeps known categories and statuses only, and falls back on anything else', () => {
    expect(readPrefs(JSON.stringify({ hiddenCategories: ['brand', 'nope', 3], hiddenStatuses: ['ended', 'gone'], placeNames: false, warnings: false, neighbours: 'no' }))).toEqual({
      hiddenCategories: ['brand'],
      hiddenStatuses: ['ended'],
      placeNames: false,
      warnings: false,
      // Not a boolean: the overlay stays on.
      neighbours: true,
    });
    for (const raw of [null, '', '{', '[]', '"x"', 'null', '{"placeNames":"yes"}']) expect(readPrefs(raw).placeNames).toBe(true);
  });
});
