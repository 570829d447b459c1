import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import L from 'leaflet';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Feature } from '../../../../shared/map/feature';
import { Geometry } from '../../../../shared/map/geometry';

export type DrawShape = 'point' | 'line' | 'area';
const PM_SHAPE = { point: 'Marker', line: 'Line', area: 'Polygon' } as const;

/** A drawn or edited layer's geometry, checked against the contract (null when Leaflet made something else). */
function geometryOf(layer: L.Layer): Geometry | null {
  const json = (layer as L.Layer & { toGeoJSON?: () => GeoJSON.Feature | GeoJSON.FeatureCollection }).toGeoJSON?.();
  const geometry = json?.type === 'FeatureCollection' ? json.features[0]?.geometry : json?.geometry;
  const parsed = Geometry.safeParse(geometry);
  return parsed.success ? parsed.data : null;
}

/**
 * Drawing with geoman: a point, a line or an area is drawn on the map and handed over as a GeoJSON
 * geometry (the temporary layer goes again: the feature is drawn from the board). Editing a shape:
 * the feature's geometry as an editable layer, and its new geometry when saved.
 */
export function useDrawing(map: L.Map | null, language: string) {
  const [drawing, setDrawing] = useState<DrawShape | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const editLayer = useRef<L.GeoJSON | null>(null);
  const onDrawn = useRef<(g: Geometry) => void>(() => undefined);

  useEffect(() => {
    if (!map) return;
    map.pm.setLang(language === 'sv' ? 'sv' : 'en');
    map.pm.setGlobalOptions({ snappable: false, tooltips: true });
    const created = (e: { layer: L.Layer }) => {
      const g = geometryOf(e.layer);
      e.layer.remove();
      setDrawing(null);
      if (g) onDrawn.current(g);
    };
    map.on('pm:create', created);
    return () => {
      map.off('pm:create', created);
      map.pm.disableDraw();
    };
  }, [map, language]);

  const start = useCallback(
    (shape: DrawShape, then: (g: Geometry) => void) => {
      if (!map) return;
      onDrawn.current = then;
      map.pm.disableDraw();
      map.pm.enableDraw(PM_SHAPE[shape], { continueDrawing: false, markerStyle: { icon: L.divIcon({ className: 'map-draw-point', iconSize: [22, 22] }) } });
      setDrawing(shape);
    },
    [map],
  );

  const cancel = useCallback(() => {
    map?.pm.disableDraw();
    setDrawing(null);
    editLayer.current?.remove();
    editLayer.current = null;
    setEditing(null);
  }, [map]);

  const editShape = useCallback(
    (feature: Feature) => {
      if (!map) return;
      editLayer.current?.remove();
      const layer = L.geoJSON(feature.geometry, {
        pointToLayer: (_f, latlng) => L.marker(latlng, { icon: L.divIcon({ className: 'map-draw-point', iconSize: [22, 22] }) }),
        style: () => ({ color: '#f59e0b', weight: 5 }),
      }).addTo(map);
      layer.eachLayer((l) => (l as L.Layer & { pm?: { enable: (o: object) => void } }).pm?.enable({ draggable: true }));
      editLayer.current = layer;
      setEditing(feature.id);
    },
    [map],
  );

  /** The pointer's drawing stops (the keyboard's sketch has the shape now); still drawing. */
  const pointerOff = useCallback(() => map?.pm.disableDraw(), [map]);

  /** Drawing is over (the shape was handed on some other way). */
  const done = useCallback(() => {
    map?.pm.disableDraw();
    setDrawing(null);
  }, [map]);

  /** The edited shape's geometry (and the edit ends), or null when it is not a valid one. */
  const finishShape = useCallback((): Geometry | null => {
    const layer = editLayer.current;
    if (!layer) return null;
    const g = geometryOf(layer);
    layer.remove();
    editLayer.current = null;
    setEditing(null);
    return g;
  }, []);

  return { drawing, editing, start, cancel, editShape, finishShape, pointerOff, done };
}
