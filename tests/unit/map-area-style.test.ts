import { describe, expect, it } from 'vitest';
import { AREA_CATEGORIES } from '../../shared/map/categories';
import { pathStyle } from '../../renderer/src/map/features/featureStyle';

// Areas on the wall: the ones people must leave or keep out of read at kommun zoom, by pattern
// and not by colour alone.

describe('area styles', () => {
  it('hatches evacuation and hazard areas while they hold, and not once ended', () => {
    expect(pathStyle('evacuation', 'active').hatch).toBe('diagonal');
    expect(pathStyle('hazard', 'active').hatch).toBe('cross');
    expect(pathStyle('hazard', 'planned').hatch).toBe('cross');
    expect(pathStyle('evacuation', 'ended').hatch).toBeNull();
    expect(pathStyle('affected', 'active').hatch).toBeNull();
  });

  it('tells every area kind apart by its outline or its pattern, not by colour alone', () => {
    const looks = AREA_CATEGORIES.map((c) => {
      const s = pathStyle(c, 'active');
      return `${s.dashArray ?? 'solid'}|${s.hatch ?? 'plain'}`;
    });
    expect(new Set(looks).size).toBe(AREA_CATEGORIES.length);
  });

  it('fills an active area strongly enough to read on the wall', () => {
    for (const c of AREA_CATEGORIES) expect(pathStyle(c, 'active').fillOpacity).toBeGreaterThanOrEqual(0.28);
  });
});
