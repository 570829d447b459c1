import L from 'leaflet';
import 'proj4leaflet';
import { SWEREF_TILE_GRID } from '../../../../shared/map/layer';
import type { TileGrid } from './tileLayerSpec';

// SWEREF 99 TM (EPSG:3006) with Lantmäteriet's tile matrix set "3006" (the grid the server cuts a
// SWEREF 99 TM layer's tiles in).
const EPSG3006 = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';

let sweref: L.CRS | null = null;

/** The map's CRS for a tile grid: Leaflet's own Web Mercator, or SWEREF 99 TM. */
export function crsOf(grid: TileGrid): L.CRS {
  if (grid === '3857') return L.CRS.EPSG3857;
  sweref ??= new L.Proj.CRS('EPSG:3006', EPSG3006, {
    resolutions: SWEREF_TILE_GRID.resolutions,
    origin: SWEREF_TILE_GRID.origin,
    bounds: L.bounds([-1200000, 4305696], [2994304, 8500000]),
  });
  return sweref;
}
