import type L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { Feature } from '../../../../shared/map/feature';
import { isRemoved } from '../useLeafletMap';
import { FeatureLayer } from './featureLayer';

/** Keeps the map's feature layer in step with the features shown; returns it (for bounds). */
export function useFeatureLayer(map: L.Map | null, features: readonly Feature[], highlighted: ReadonlySet<number>, onSelect: (id: number) => void) {
  const layer = useRef<FeatureLayer | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });

  useEffect(() => {
    if (!map || isRemoved(map)) return;
    const wall = document.documentElement.classList.contains('wall');
    const fl = new FeatureLayer(map, { onSelect: (id) => select.current(id), radius: wall ? 19 : 15 });
    layer.current = fl;
    return () => {
      fl.remove();
      layer.current = null;
    };
  }, [map]);

  useEffect(() => {
    layer.current?.update(features, highlighted);
  }, [map, features, highlighted]);

  return layer;
}
