import L from 'leaflet';
import 'proj4leaflet';
import type { TileGrid } from './tileLayerSpec';

// SWEREF 99 TM (EPSG:3006) with Lantmäteriet's tile matrix set "3006": origin at the grid's
// top-left corner, 4096 m per pixel at level 0, halving per level.
const EPSG3006 = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const RESOLUTIONS = Array.from({ length: 16 }, (_, z) => 4096 / 2 ** z);

let sweref: L.CRS | null = null;

/** The map's CRS for a tile grid: Leaflet's own Web Mercator, or SWEREF 99 TM. */
export function crsOf(grid: TileGrid): L.CRS {
  if (grid === '3857') return L.CRS.EPSG3857;
  sweref ??= new L.Proj.CRS('EPSG:3006', EPSG3006, {
    resolutions: RESOLUTIONS,
    origin: [-1200000, 8500000],
    bounds: L.bounds([-1200000, 4305696], [2994304, 8500000]),
  });
  return sweref;
}
