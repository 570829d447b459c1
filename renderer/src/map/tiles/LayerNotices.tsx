import { useTranslation } from 'react-i18next';
import type { LayerStatus } from './useBackgroundLayers';
import type { TileLayerSpec } from './tileLayerSpec';

/** A small notice on the map per failing background layer: which one, and why. The map stays. */
export function LayerNotices({ layers, status }: { layers: readonly TileLayerSpec[]; status: Record<string, LayerStatus> }) {
  const { t } = useTranslation('map');
  const failing = layers.filter((l) => status[l.id]?.state === 'failing' || status[l.id]?.state === 'other_grid');
  return (
    <div className="map-layer-notices" role="status" data-testid="layer-notices">
      {failing.map((layer) => {
        const s = status[layer.id];
        const why = s?.state === 'failing' ? t(`tiles.reason.${s.reason}`) : t('tiles.state.other_grid');
        return (
          <p key={layer.id} className="map-layer-notice">
            {t('notice.layerFails', { name: layer.name, why })}
          </p>
        );
      })}
    </div>
  );
}
