import { describe, expect, it } from 'vitest';
import { AreaShape, RING_POINTS_MAX } from '../../shared/messages/domain';
import type { Feature } from '../../shared/map/feature';
import { messageRing, shapeOf } from '../../renderer/src/messages/areaShapes';

const feature = (geometry: Feature['geometry'], kind: Feature['kind'] = 'area'): Feature =>
  ({ id: 7, version: 1, kind, geometry, title: 'Utrymningsområde Sätra', description: null, category: 'evacuation', status: 'active', actor: null, valid_from: null, valid_until: null, created_by: 'x', created_at: '2026-11-24T06:00:00.000Z', changed_by: 'x', changed_at: '2026-11-24T06:00:00.000Z' }) as Feature;

describe('a map area as a joint message\u2019s area', () => {
  it('takes each polygon\u2019s outer ring, [lon, lat], and is a valid message area', () => {
    const outer: [number, number, number][] = [[17.1, 60.6, 5], [17.2, 60.6, 5], [17.2, 60.7, 5], [17.1, 60.6, 5]];
    const hole: [number, number][] = [[17.12, 60.62], [17.13, 60.62], [17.13, 60.63], [17.12, 60.62]];
    const shape = shapeOf(feature({ type: 'MultiPolygon', coordinates: [[outer, hole], [outer]] }));
    expect(shape).toEqual({ title: 'Utrymningsområde Sätra', feature: 7, rings: [outer.map(([x, y]) => [x, y]), outer.map(([x, y]) => [x, y])] });
    expect(AreaShape.safeParse(shape).success).toBe(true);
    expect(shapeOf(feature({ type: 'LineString', coordinates: [[17.1, 60.6], [17.2, 60.7]] }, 'line'))).toBeNull();
  });

  it('thins an outline longer than a message holds, keeping it closed', () => {
    const n = RING_POINTS_MAX * 3 + 7;
    const ring = Array.from({ length: n }, (_, i) => [17 + Math.cos((2 * Math.PI * i) / (n - 1)) / 10, 60 + Math.sin((2 * Math.PI * i) / (n - 1)) / 10]);
    ring[n - 1] = ring[0] ?? [17, 60];
    const thin = messageRing(ring);
    expect(thin.length).toBeLessThanOrEqual(RING_POINTS_MAX);
    expect(thin.length).toBeGreaterThan(RING_POINTS_MAX / 2);
    expect(thin[thin.length - 1]).toEqual(thin[0]);
    expect(AreaShape.safeParse({ title: 't', feature: null, rings: [thin] }).success).toBe(true);
  });
});
