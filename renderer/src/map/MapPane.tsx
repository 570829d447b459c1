import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneProps } from '../panes/pane';
import { CoordinateBar } from './CoordinateBar';
import { MapSearch } from './MapSearch';
import { useLeafletMap } from './useLeafletMap';
import './map.css';

/**
 * The map (lägesbild): the embedded offline basemap with the board's kommun framed, a search
 * box, zoom buttons, and the coordinates of the pointer, the last click and the centre.
 */
export function MapPane({ board }: PaneProps) {
  const { t } = useTranslation('map');
  const container = useRef<HTMLDivElement>(null);
  const { live, error } = useLeafletMap(container, board.kommun_code);
  const map = live?.map ?? null;

  return (
    <section className="pane map-pane" aria-label={t('pane.title')} data-testid="map-pane">
      <div className="map-toolbar">
        <MapSearch live={live} />
        <div className="map-view-buttons">
          <button type="button" onClick={() => {
              live?.userMoved();
              map?.zoomIn();
            }} aria-label={t('pane.zoomIn')} title={t('pane.zoomIn')} disabled={!map}>
            {'+'}
          </button>
          <button type="button" onClick={() => {
              live?.userMoved();
              map?.zoomOut();
            }} aria-label={t('pane.zoomOut')} title={t('pane.zoomOut')} disabled={!map}>
            {'−'}
          </button>
          <button type="button" onClick={() => live?.frameKommun()} disabled={!live} data-testid="map-frame-kommun">
            {t('pane.frameKommun', { kommun: board.kommun_name })}
          </button>
        </div>
      </div>
      <div className="map-body">
        <div
          ref={container}
          className="map-canvas"
          role="region"
          aria-label={t('pane.mapLabel', { kommun: board.kommun_name })}
          data-testid="map-canvas"
        />
        {!live && !error && <p className="map-overlay-notice">{t('pane.loading')}</p>}
        {error && (
          <p className="map-overlay-notice error-text" role="alert">
            {t('pane.loadFailed', { reason: error })}
          </p>
        )}
      </div>
      <footer className="map-footer">
        <CoordinateBar map={map} />
        <p className="map-credits" data-testid="map-credits">
          {t('legend.attribution')}
        </p>
      </footer>
    </section>
  );
}
