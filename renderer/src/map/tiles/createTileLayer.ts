import L from 'leaflet';
import { withKey, type TileLayerSpec } from './tileLayerSpec';
import { wmtsTemplate } from './wmtsTemplate';

/** Background tiles sit under the basemap's boundaries and labels (Leaflet's tile pane). */
export function createTileLayer(spec: TileLayerSpec): L.TileLayer {
  const url = withKey(spec.url.trim(), spec.key);
  const common: L.TileLayerOptions = {
    attribution: undefined, // shown by the pane's credits line, as text
    // No errorTileUrl: its image would load and count as a tile that came. A failed tile (alt="")
    // shows nothing, and the basemap below stays visible.
    crossOrigin: false,
  };
  if (spec.kind === 'wms') {
    return L.tileLayer.wms(url, { ...common, layers: spec.layers.trim(), format: 'image/png', transparent: true, version: '1.3.0' });
  }
  return L.tileLayer(spec.kind === 'wmts' ? wmtsTemplate(url, spec) : url, common);
}
