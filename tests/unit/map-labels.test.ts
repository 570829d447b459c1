import { describe, expect, it } from 'vitest';
import { minZoomOfRank, placeLabels, type LabelCandidate } from '../../renderer/src/map/placeLabels';
import type { Place } from '../../renderer/src/map/places';

// The offline basemap's place names: bigger places first, never two labels on top of one another.

const place = (name: string, rank: number): Place => ({ name, lat: 0, lng: 0, kommun: '0180', rank });
const at = (p: Place, x: number, y: number): LabelCandidate => ({ place: p, x, y });
const size = (p: Place) => ({ width: p.name.length * 10, height: 20 });
const VIEW = { width: 800, height: 600 };

describe('placeLabels', () => {
  it('names only the places whose rank shows at this zoom', () => {
    const candidates = [at(place('Stad', 0), 100, 100), at(place('Ort', 1), 300, 300), at(place('By', 2), 500, 500)];
    expect(placeLabels(candidates, minZoomOfRank(0), VIEW, size).map((l) => l.place.name)).toEqual(['Stad']);
    expect(placeLabels(candidates, minZoomOfRank(1), VIEW, size).map((l) => l.place.name)).toEqual(['Stad', 'Ort']);
    expect(placeLabels(candidates, minZoomOfRank(2), VIEW, size).map((l) => l.place.name)).toEqual(['Stad', 'Ort', 'By']);
  });

  it('gives the bigger place the room when two would overlap, whatever the order given', () => {
    const small = at(place('Lillby', 2), 200, 200);
    const big = at(place('Storstad', 0), 205, 202);
    const placed = placeLabels([small, big], 12, VIEW, size);
    expect(placed.map((l) => l.place.name)).toContain('Storstad');
    for (const a of placed)
      for (const b of placed)
        if (a !== b) expect(a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top).toBe(true);
  });

  it('tries the left side when the right side is taken or off screen, and never leaves the view', () => {
    const edge = placeLabels([at(place('Kantby', 1), 790, 300)], 9, VIEW, size);
    expect(edge).toHaveLength(1);
    expect(edge[0]?.left).toBeLessThan(790);
    expect((edge[0]?.left ?? 0) + (edge[0]?.width ?? 0)).toBeLessThanOrEqual(800);
    expect(placeLabels([at(place('Utanför', 1), -50, 300)], 9, VIEW, size)).toEqual([]);
  });

  it('keeps no two labels overlapping in a crowd', () => {
    const crowd: LabelCandidate[] = [];
    for (let i = 0; i < 200; i++) crowd.push(at(place(`Ort${i}`, i % 3), (i * 37) % 780, (i * 53) % 580));
    const placed = placeLabels(crowd, 12, VIEW, size);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top).toBe(true);
  });
});
