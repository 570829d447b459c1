import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The side panel beside the map: layers, legend and the background maps' form. */
export function LayersPanel({ id, onClose, children }: { id: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation('map');
  return (
    <aside id={id} className="map-side-panel" aria-label={t('layers.title')} data-testid="layers-panel">
      <div className="map-side-head">
        <h2>{t('layers.title')}</h2>
        <button type="button" className="button-small" onClick={onClose}>
          {t('layers.close')}
        </button>
      </div>
      {children}
    </aside>
  );
}
