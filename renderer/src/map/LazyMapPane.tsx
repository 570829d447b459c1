import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaneProps } from '../panes/pane';

// Leaflet and the map's code load with the pane, not with the page: the start screen stays light,
// and modules that import the registry (tests in Node) never load Leaflet, which needs a window.
const MapPane = lazy(() => import('./MapPane').then((m) => ({ default: m.MapPane })));

export function LazyMapPane(props: PaneProps) {
  const { t } = useTranslation('map');
  const placeholder = (
    <section className="pane map-pane" aria-label={t('pane.title')} data-testid="map-pane">
      <p className="muted">{t('pane.loading')}</p>
    </section>
  );
  return (
    <Suspense fallback={placeholder}>
      <MapPane {...props} />
    </Suspense>
  );
}
