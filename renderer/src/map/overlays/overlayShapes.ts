import type { ReceivedReport } from '../../../../shared/reports/domain';
import type { Warning } from '../../../../shared/warnings/domain';
import { newestPerSender } from '../../../../shared/reports/newest';

/** One shape of a read-only overlay, in Leaflet's [lat, lng] order. */
export type OverlayShape =
  | { kind: 'polygon'; rings: [number, number][][]; label: string }
  | { kind: 'circle'; center: [number, number]; radiusM: number; label: string }
  | { kind: 'point'; at: [number, number]; label: string };

/** The areas of the warnings in force: CAP polygons are already lat,lon; circles are km. */
export function warningShapes(warnings: readonly Warning[]): OverlayShape[] {
  return warnings
    .filter((w) => w.state === 'active')
    .flatMap((w) => {
      const info = w.alert.infos.find((i) => i.language.toLowerCase().startsWith('sv')) ?? w.alert.infos[0];
      const label = info?.headline ?? info?.event ?? w.alert.identifier;
      return (info?.areas ?? []).flatMap((a): OverlayShape[] => [
        ...a.polygons.map((p): OverlayShape => ({ kind: 'polygon', rings: [p.map(([lat, lon]): [number, number] => [lat, lon])], label: `${label} (${a.description})` })),
        ...a.circles.map((c): OverlayShape => ({ kind: 'circle', center: [c.center[0], c.center[1]], radiusM: c.radius_km * 1000, label: `${label} (${a.description})` })),
      ]);
    });
}

type Position = [number, number] | [number, number, number];
const latLng = (p: readonly number[]): [number, number] => [p[1] ?? 0, p[0] ?? 0];

/**
 * The map features of the newest report received from each neighbour (RFC 7946 geometry, lon,lat),
 * labelled with who sent them: read-only, never mixed with this board's own features.
 */
export function neighbourShapes(received: readonly ReceivedReport[], labelOf: (v: { title: string; kommun: string; number: number }) => string): OverlayShape[] {
  return newestPerSender(received).flatMap((r) =>
    r.document.body.features.flatMap((f): OverlayShape[] => {
      const label = labelOf({ title: f.title, kommun: r.document.board.kommun_name, number: r.number });
      const g = f.geometry as { type?: string; coordinates?: unknown };
      if (g.type === 'Point') return [{ kind: 'point', at: latLng(g.coordinates as Position), label }];
      if (g.type === 'Polygon') return [{ kind: 'polygon', rings: (g.coordinates as Position[][]).map((ring) => ring.map(latLng)), label }];
      if (g.type === 'MultiPolygon') return (g.coordinates as Position[][][]).map((poly) => ({ kind: 'polygon' as const, rings: poly.map((ring) => ring.map(latLng)), label }));
      return [];
    }),
  );
}
