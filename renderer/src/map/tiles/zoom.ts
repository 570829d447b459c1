import type { TileGrid } from './tileLayerSpec';

/** Zoom range of the map in each grid (SWEREF's level 0 is about Web Mercator's 4.3 at 60° N). */
export const ZOOMS: Record<TileGrid, { min: number; max: number }> = {
  '3857': { min: 4, max: 18 },
  '3006': { min: 0, max: 15 },
};

/** The zoom in `to` that shows about the same metres per pixel as `zoom` in `from`, at latitude `lat`. */
export function equivalentZoom(zoom: number, from: TileGrid, to: TileGrid, lat: number): number {
  if (from === to) return zoom;
  const mercatorMetresPerPixel = (z: number) => (156543.03392 * Math.cos((lat * Math.PI) / 180)) / 2 ** z;
  const z =
    from === '3857' ? Math.log2(4096 / mercatorMetresPerPixel(zoom)) : Math.log2((156543.03392 * Math.cos((lat * Math.PI) / 180)) / (4096 / 2 ** zoom));
  const { min, max } = ZOOMS[to];
  return Math.min(max, Math.max(min, Math.round(z * 2) / 2));
}
