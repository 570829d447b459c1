import L from 'leaflet';
import type { TileLayerSpec } from './tileLayerSpec';

/**
 * Background tiles sit under the basemap's boundaries and labels (Leaflet's tile pane). Every
 * layer, whatever its service (XYZ, WMS, WMTS, MBTiles), is asked of the board's own server by
 * z/x/y in the map's grid: the server builds the service's request, with the key, and fetches it.
 */
export function createTileLayer(spec: TileLayerSpec): L.TileLayer {
  return L.tileLayer(spec.tileUrl, {
    attribution: undefined, // shown by the pane's credits line, as text
    // No errorTileUrl: its image would load and count as a tile that came. A failed tile (alt="")
    // shows nothing, and the basemap below stays visible.
    crossOrigin: false,
  });
}
