import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneProps } from '../panes/pane';
import { CoordinateBar } from './CoordinateBar';
import { LayersPanel } from './LayersPanel';
import { BackgroundLayerList } from './tiles/BackgroundLayerList';
import { LayerNotices } from './tiles/LayerNotices';
import { TileLayerForm } from './tiles/TileLayerForm';
import { activeGrid, useBackgroundLayers } from './tiles/useBackgroundLayers';
import { useTileLayers } from './tiles/useTileLayers';
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
  const tiles = useTileLayers(board.id);
  const grid = activeGrid(tiles.layers);
  const { live, error } = useLeafletMap(container, board.kommun_code, grid);
  const map = live?.map ?? null;
  const status = useBackgroundLayers(map, tiles.layers, grid);
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const credits = tiles.layers.filter((l) => l.visible && l.grid === grid && l.attribution !== '').map((l) => l.attribution);

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
          <button type="button" aria-expanded={panelOpen} aria-controls={panelId} onClick={() => setPanelOpen((o) => !o)} data-testid="layers-toggle">
            {t('layers.open')}
          </button>
        </div>
      </div>
      <LayerNotices layers={tiles.layers} status={status} />
      <div className="map-body">
        <div
          ref={container}
          className="map-canvas"
          role="region"
          aria-label={t('pane.mapLabel', { kommun: board.kommun_name })}
          data-testid="map-canvas"
        />
        {panelOpen && (
          <LayersPanel id={panelId} onClose={() => setPanelOpen(false)}>
            <section className="map-side-section">
              <h3>{t('tiles.title')}</h3>
              <BackgroundLayerList layers={tiles.layers} status={status} onVisible={tiles.setVisible} onRemove={tiles.remove} />
              <details className="map-tile-add">
                <summary>{t('tiles.addTitle')}</summary>
                <TileLayerForm onAdd={tiles.add} />
              </details>
            </section>
          </LayersPanel>
        )}
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
          {credits.map((c, i) => (
            <span key={i}>
              {' · '}
              <bdi>{c}</bdi>
            </span>
          ))}
        </p>
      </footer>
    </section>
  );
}
