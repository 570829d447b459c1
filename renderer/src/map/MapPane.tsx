import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feature } from '../../../shared/map/feature';
import type { Geometry } from '../../../shared/map/geometry';
import { onNavigate } from '../panes/navigate';
import type { PaneProps } from '../panes/pane';
import { CoordinateBar } from './CoordinateBar';
import { actorKey } from './features/actorFilter';
import { DrawToolbar } from './features/DrawToolbar';
import { FeatureForm } from './features/FeatureForm';
import { FeaturePanel } from './features/FeaturePanel';
import { ImportExport } from './features/ImportExport';
import { LegendSection } from './features/LegendSection';
import { ReplayBar } from './features/ReplayBar';
import { useDrawing } from './features/useDrawing';
import { useFeatureLayer } from './features/useFeatureLayer';
import { useFeatures } from './features/useFeatures';
import { useMapPrefs } from './features/useMapPrefs';
import { useSketch } from './features/useSketch';
import { LayersPanel } from './LayersPanel';
import { MapSearch } from './MapSearch';
import { BackgroundLayerList } from './tiles/BackgroundLayerList';
import { LayerNotices } from './tiles/LayerNotices';
import { TileLayerForm } from './tiles/TileLayerForm';
import { activeGrid, useBackgroundLayers } from './tiles/useBackgroundLayers';
import { useTileLayers } from './tiles/useTileLayers';
import { useOverlays } from './overlays/useOverlays';
import { useLeafletMap } from './useLeafletMap';
import './map.css';

type FormState = { geometry: Geometry; feature: Feature | null } | null;

/**
 * The map (lägesbild): the embedded offline basemap with the board's kommun framed, the board's
 * features (live or replayed), drawing and editing for the staff, layers and legend, import and
 * export, search and coordinates.
 */
export function MapPane({ board, canWrite }: PaneProps) {
  const { t, i18n } = useTranslation('map');
  const container = useRef<HTMLDivElement>(null);
  const tiles = useTileLayers(board.id);
  const grid = activeGrid(tiles.layers);
  const { live, error } = useLeafletMap(container, board.kommun_code, grid);
  const map = live?.map ?? null;
  const status = useBackgroundLayers(map, tiles.layers, grid);
  const { prefs, update: updatePrefs } = useMapPrefs();
  const [at, setAt] = useState<string | null>(null);
  const [since, setSince] = useState<string | null>(null);
  const { features, highlighted } = useFeatures(board.id, at, since);
  const shown = useMemo(() => {
    const hiddenActors = new Set(prefs.hiddenActors);
    return features.filter((f) => !prefs.hiddenCategories.includes(f.category) && !prefs.hiddenStatuses.includes(f.status) && !hiddenActors.has(actorKey(f.actor)));
  }, [features, prefs.hiddenCategories, prefs.hiddenStatuses, prefs.hiddenActors]);
  const [selected, setSelected] = useState<number | null>(null);
  const [form, setForm] = useState<FormState>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const panelId = useId();
  const featureLayer = useFeatureLayer(map, shown, highlighted, setSelected);
  const overlays = useOverlays(map, board.id, { warnings: prefs.warnings, neighbours: prefs.neighbours });
  const drawing = useDrawing(map, i18n.language);
  const sketchShape = drawing.drawing === 'line' || drawing.drawing === 'area' ? drawing.drawing : null;
  const sketch = useSketch(map, container, sketchShape, {
    onStart: drawing.pointerOff,
    onCancel: drawing.cancel,
    onDone: (geometry) => {
      drawing.done();
      setForm({ geometry, feature: null });
    },
  });
  const writable = canWrite && at === null;
  const selectedFeature = features.find((f) => f.id === selected) ?? null;
  const layerCredits = tiles.layers.filter((l) => l.visible && l.grid === grid && l.attribution !== '').map((l) => l.attribution);

  useEffect(() => {
    live?.placeNames.setVisible(prefs.placeNames);
  }, [live, prefs.placeNames]);

  // A journal entry about a feature was clicked: show it, live.
  const pendingShow = useRef<number | null>(null);
  useEffect(
    () =>
      onNavigate((target) => {
        if (target.kind !== 'map.feature') return;
        setAt(null);
        setSelected(target.id);
        pendingShow.current = target.id;
      }),
    [],
  );
  useEffect(() => {
    const id = pendingShow.current;
    if (id === null || !map) return;
    const b = featureLayer.current?.boundsOf(id);
    if (!b) return;
    pendingShow.current = null;
    live?.userMoved();
    map.fitBounds(b, { maxZoom: 14, padding: [40, 40] });
  }, [features, map, live, featureLayer]);

  const startDrawing = useCallback(
    (shape: 'point' | 'line' | 'area') => {
      setSelected(null);
      drawing.start(shape, (geometry) => setForm({ geometry, feature: null }));
    },
    [drawing],
  );

  function pointAtCentre(): void {
    if (!map) return;
    const c = map.getCenter();
    setSelected(null);
    setForm({ geometry: { type: 'Point', coordinates: [Number(c.lng.toFixed(6)), Number(c.lat.toFixed(6))] }, feature: null });
  }

  function saveShape(): void {
    const feature = selectedFeature;
    const geometry = drawing.finishShape();
    if (feature && geometry) setForm({ geometry, feature });
  }

  const side = form ? (
    <aside className="map-side-panel" aria-label={t('draw.panel')} data-testid="feature-side">
      <FeatureForm
        key={form.feature ? `${form.feature.id}.${form.feature.version}` : 'new'}
        feature={form.feature}
        geometry={form.geometry}
        onDone={(saved) => {
          setForm(null);
          setSelected(saved.id);
        }}
        onCancel={() => setForm(null)}
      />
    </aside>
  ) : selectedFeature ? (
    <aside className="map-side-panel" aria-label={t('draw.panel')} data-testid="feature-side">
      <FeaturePanel
        feature={selectedFeature}
        canWrite={writable}
        onEdit={() => setForm({ geometry: selectedFeature.geometry, feature: selectedFeature })}
        onEditShape={() => drawing.editShape(selectedFeature)}
        onClose={() => setSelected(null)}
      />
    </aside>
  ) : panelOpen ? (
    <LayersPanel id={panelId} onClose={() => setPanelOpen(false)}>
      <LegendSection features={features} prefs={prefs} onPrefs={updatePrefs} />
      <section className="map-side-section">
        <h3>{t('tiles.title')}</h3>
        <BackgroundLayerList layers={tiles.layers} status={status} onVisible={tiles.setVisible} onRemove={(id) => void tiles.remove(id)} canRemove={canWrite} />
        {canWrite && (
          <details className="map-tile-add">
            <summary>{t('tiles.addTitle')}</summary>
            <TileLayerForm onAdd={tiles.add} serverError={tiles.error} />
          </details>
        )}
      </section>
      <ImportExport map={map} board={board} at={at} canWrite={writable} credits={[t('legend.attribution'), ...layerCredits].join(' · ')} />
    </LayersPanel>
  ) : null;

  return (
    <section className="pane map-pane" aria-label={t('pane.title')} data-testid="map-pane" data-replaying={at !== null}>
      <div className="map-toolbar">
        <MapSearch live={live} />
        <div className="map-panel-buttons">
          <button
            type="button"
            aria-expanded={panelOpen && !form && !selectedFeature}
            aria-controls={panelId}
            onClick={() => {
              setForm(null);
              setSelected(null);
              setPanelOpen((o) => !(o && !form && !selectedFeature));
            }}
            data-testid="layers-toggle"
          >
            {t('layers.open')}
          </button>
        </div>
        {writable && <DrawToolbar drawing={drawing.drawing} editing={drawing.editing !== null} disabled={!map} onDraw={startDrawing} onPointAtCentre={pointAtCentre} onCancel={drawing.cancel} onSaveShape={saveShape} sketch={sketch} />}
      </div>
      <ReplayBar startedAt={board.created_at} at={at} onAt={setAt} since={since} onSince={setSince} />
      <LayerNotices layers={tiles.layers} status={status} />
      <div className="map-body">
        <div ref={container} className="map-canvas" role="region" aria-label={t('pane.mapLabel', { kommun: board.kommun_name })} data-testid="map-canvas" data-features={shown.length} data-highlighted={highlighted.size} data-warning-areas={overlays.warnings} data-neighbour-features={overlays.neighbours} />
        {sketchShape && <div className="map-crosshair" aria-hidden="true" data-testid="map-crosshair" />}
        {side}
        <div className="map-view-buttons">
          <button
            type="button"
            onClick={() => {
              live?.userMoved();
              map?.zoomIn();
            }}
            aria-label={t('pane.zoomIn')}
            title={t('pane.zoomIn')}
            disabled={!map}
          >
            {'+'}
          </button>
          <button
            type="button"
            onClick={() => {
              live?.userMoved();
              map?.zoomOut();
            }}
            aria-label={t('pane.zoomOut')}
            title={t('pane.zoomOut')}
            disabled={!map}
          >
            {'−'}
          </button>
          <button type="button" onClick={() => live?.frameKommun()} disabled={!live} data-testid="map-frame-kommun">
            {t('pane.frameKommun', { kommun: board.kommun_name })}
          </button>
        </div>
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
          {layerCredits.map((c, i) => (
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
