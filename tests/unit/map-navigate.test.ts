import { describe, expect, it } from 'vitest';
import { navigate, onNavigate, targetOfSource } from '../../renderer/src/panes/navigate';
import { readPrefs } from '../../renderer/src/map/features/useMapPrefs';
import { actorKey, actorsInUse } from '../../renderer/src/map/features/actorFilter';
import type { Feature } from '../../shared/map/feature';

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

describe('actorsInUse', () => {
  const f = (id: number, actor: string | null) => ({ id, actor }) as unknown as Feature;
  it('groups spellings of one actor, counts, orders in Swedish, and keeps "no actor" apart and last', () => {
    const actors = actorsInUse([f(1, 'Polisen'), f(2, ' polisen '), f(3, null), f(4, 'Räddningstjänsten'), f(5, 'Öckerö kommun'), f(6, 'Ambulans'), f(7, '  ')]);
    expect(actors).toEqual([
      { key: 'ambulans', name: 'Ambulans', count: 1 },
      { key: 'polisen', name: 'Polisen', count: 2 },
      { key: 'räddningstjänsten', name: 'Räddningstjänsten', count: 1 },
      { key: 'öckerö kommun', name: 'Öckerö kommun', count: 1 },
      { key: '', name: '', count: 2 },
    ]);
    expect(actorKey(' POLISEN')).toBe('polisen');
    expect(actorKey(null)).toBe('');
  });
});

describe('readPrefs', () => {
  it('keeps known categories and statuses only, and falls back on anything else', () => {
    expect(readPrefs(JSON.stringify({ hiddenCategories: ['brand', 'nope', 3], hiddenStatuses: ['ended', 'gone'], hiddenActors: ['polisen', '', 7, 'polisen', 'x'.repeat(201)], placeNames: false, warnings: false, neighbours: 'no' }))).toEqual({
      hiddenCategories: ['brand'],
      hiddenStatuses: ['ended'],
      // Strings only, once each, not absurdly long.
      hiddenActors: ['polisen', ''],
      placeNames: false,
      warnings: false,
      // Not a boolean: the overlay stays on.
      neighbours: true,
    });
    for (const raw of [null, '', '{', '[]', '"x"', 'null', '{"placeNames":"yes"}']) expect(readPrefs(raw).placeNames).toBe(true);
    expect(readPrefs(JSON.stringify({ hiddenActors: 'polisen' })).hiddenActors).toEqual([]);
  });
});
