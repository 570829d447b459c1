import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { Feature } from '../../../../shared/map/feature';
import { isRemoved } from '../useLeafletMap';
import { FeatureLayer } from './featureLayer';
import { showFeatureLabels } from './featureLabels';

/** Keeps the map's feature layer in step with the features shown; returns it (for bounds). */
export function useFeatureLayer(map: L.Map | null, features: readonly Feature[], highlighted: ReadonlySet<number>, onSelect: (id: number) => void) {
  const layer = useRef<FeatureLayer | null>(null);
  const labels = useRef<ReturnType<typeof showFeatureLabels> | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  useEffect(() => {
    if (!map || isRemoved(map)) return;
    const wall = document.documentElement.classList.contains('wall');
    const radius = wall ? 24 : 16;
    const fl = new FeatureLayer(map, { onSelect: (id) => select.current(id), radius });
    layer.current = fl;
    labels.current = showFeatureLabels(map, radius);
    return () => {
      fl.remove();
      labels.current?.remove();
      layer.current = null;
      labels.current = null;
    };
  }, [map]);

  useEffect(() => {
    layer.current?.update(features, highlighted);
    labels.current?.update(features);
  }, [map, features, highlighted]);

  return layer;
}
