import { useTranslation } from 'react-i18next';
import type { LayerStatus } from './useBackgroundLayers';
import { shownUrl, type TileLayerSpec } from './tileLayerSpec';

/** The seat's background layers: on/off, how each is doing, remove. */
export function BackgroundLayerList({
  layers,
  status,
  onVisible,
  onRemove,
  canRemove,
}: {
  layers: readonly TileLayerSpec[];
  status: Record<string, LayerStatus>;
  onVisible: (id: string, visible: boolean) => void;
  onRemove: (id: string) => void;
  canRemove: boolean;
}) {
  const { t } = useTranslation('map');
  if (layers.length === 0) return <p className="muted">{t('tiles.none')}</p>;
  return (
    <ul className="map-tile-list" data-testid="tile-list">
      {layers.map((layer) => {
        const s = status[layer.id] ?? { state: 'hidden' };
        return (
          <li key={layer.id} className="map-tile-item" data-state={s.state}>
            <label className="check">
              <input type="checkbox" checked={layer.visible} onChange={(e) => onVisible(layer.id, e.target.checked)} />
              <bdi>{layer.name}</bdi>
            </label>
            <span className="map-tile-state">{s.state === 'failing' ? t(`tiles.reason.${s.reason}`) : t(`tiles.state.${s.state}`)}</span>
            <span className="muted map-tile-url">
              <bdi>{shownUrl(layer.url)}</bdi>
            </span>
            {canRemove && (
              <button type="button" className="button-small" onClick={() => onRemove(layer.id)} aria-label={t('tiles.removeNamed', { name: layer.name })}>
                {t('tiles.remove')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
