import L from 'leaflet';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Geometry, Position } from '../../../../shared/map/geometry';
import { addVertex, roundedPosition, sketchGeometry, type SketchShape } from './sketch';

/**
 * Drawing a line or an area without a pointer: the map is moved (arrow keys) until the crosshair
 * at its centre is where the next vertex goes, and Enter puts it there. Backspace takes the last
 * one back, Escape cancels; "Klar" (or Shift+Enter) finishes. Once a vertex is set this way, a
 * pointer click adds one too, to the same shape.
 */
export function useSketch(map: L.Map | null, container: RefObject<HTMLDivElement | null>, shape: SketchShape | null, handlers: { onDone: (g: Geometry) => void; onCancel: () => void; onStart: () => void }) {
  const [vertices, setVertices] = useState<Position[]>([]);
  const latest = useRef(handlers);
  latest.current = handlers;
  // Read by add() to tell the first vertex: a state updater must stay free of side effects.
  const drawn = useRef(vertices);
  drawn.current = vertices;

  // A new shape (or none) starts with no vertices.
  useEffect(() => setVertices([]), [shape]);

  const add = useCallback((at: Position) => {
    if (drawn.current.length === 0) latest.current.onStart();
    setVertices((now) => addVertex(now, at));
  }, []);

  const addAtCentre = useCallback(() => {
    if (!map) return;
    const c = map.getCenter();
    add(roundedPosition(c.lng, c.lat));
  }, [map, add]);

  const undo = useCallback(() => setVertices((now) => now.slice(0, -1)), []);

  const finish = useCallback(() => {
    if (!shape) return;
    const g = sketchGeometry(shape, vertices);
    if (g) latest.current.onDone(g);
  }, [shape, vertices]);

  // The shape so far, dashed, with its vertices.
  useEffect(() => {
    if (!map || !shape || vertices.length === 0) return;
    const latlngs = vertices.map(([lng, lat]) => L.latLng(lat, lng));
    const style = { color: '#b45309', weight: 4, dashArray: '8 6', fillOpacity: 0.15, interactive: false };
    const group = L.layerGroup([shape === 'area' && latlngs.length >= 3 ? L.polygon(latlngs, style) : L.polyline(latlngs, style), ...latlngs.map((ll) => L.circleMarker(ll, { radius: 6, color: '#111827', weight: 2, fillColor: '#fbbf24', fillOpacity: 1, interactive: false }))]).addTo(map);
    return () => {
      group.remove();
    };
  }, [map, shape, vertices]);

  // Keys on the map; and, once this shape has begun, clicks on it.
  useEffect(() => {
    const el = container.current;
    if (!map || !el || !shape) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== el) return; // a key in a form or button is not for the map
      if (e.key === 'Enter' && e.shiftKey) finish();
      else if (e.key === 'Enter') addAtCentre();
      else if (e.key === 'Backspace') undo();
      else if (e.key === 'Escape') latest.current.onCancel();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onClick = (e: L.LeafletMouseEvent) => {
      if (vertices.length > 0) add(roundedPosition(e.latlng.lng, e.latlng.lat));
    };
    el.addEventListener('keydown', onKey);
    map.on('click', onClick);
    return () => {
      el.removeEventListener('keydown', onKey);
      map.off('click', onClick);
    };
  }, [map, container, shape, vertices.length, add, addAtCentre, undo, finish]);

  return { vertices: vertices.length, canFinish: shape !== null && sketchGeometry(shape, vertices) !== null, addAtCentre, undo, finish };
}
