import L from 'leaflet';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveCall } from '../../api/useLiveCall';
import { neighbourShapes, warningShapes, type OverlayShape } from './overlayShapes';

/** Warnings are drawn violet and dashed; a neighbour's features grey and dashed: never our own look. */
const STYLES = {
  warnings: { color: '#6d28d9', weight: 3, dashArray: '8 6', fillOpacity: 0.12 },
  neighbours: { color: '#374151', weight: 2, dashArray: '4 4', fillOpacity: 0.08 },
} as const;

function draw(group: L.LayerGroup, shapes: readonly OverlayShape[], style: L.PathOptions): void {
  group.clearLayers();
  for (const s of shapes) {
    const layer =
      s.kind === 'polygon' ? L.polygon(s.rings, style) : s.kind === 'circle' ? L.circle(s.center, { ...style, radius: s.radiusM }) : L.circleMarker(s.at, { ...style, radius: 7, fillOpacity: 0.6 });
    // Text, never markup: a warning's words come from another system.
    const text = document.createElement('span');
    text.textContent = s.label;
    layer.bindTooltip(text, { sticky: true });
    group.addLayer(layer);
  }
}

/** One overlay on the map while shown, drawn again only when its shapes change. */
function useOverlayGroup(map: L.Map | null, shapes: readonly OverlayShape[], visible: boolean, style: L.PathOptions): void {
  const key = JSON.stringify(shapes);
  useEffect(() => {
    if (!map || !visible) return;
    const group = L.layerGroup();
    draw(group, JSON.parse(key) as OverlayShape[], style);
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, key, visible, style]);
}

/**
 * Two read-only overlays: the areas of the CAP warnings in force ("Varningar") and the features of
 * the newest lägesrapport from each neighbour. Kept live; switched in the legend.
 */
export function useOverlays(map: L.Map | null, boardId: string, show: { warnings: boolean; neighbours: boolean }): { warnings: number; neighbours: number } {
  const { t } = useTranslation('map');
  const warnings = useLiveCall('warnings.list', { active_only: true }, { refreshOn: ['warning.imported'], scope: boardId });
  const reports = useLiveCall('reports.list', {}, { refreshOn: ['report.received'], scope: boardId });
  const warningList = warningShapes(warnings.data?.warnings ?? []);
  const neighbourList = neighbourShapes(reports.data?.received ?? [], (v) => t('legend.neighbourFeature', v));
  useOverlayGroup(map, warningList, show.warnings, STYLES.warnings);
  useOverlayGroup(map, neighbourList, show.neighbours, STYLES.neighbours);
  return { warnings: warningList.length, neighbours: neighbourList.length };
}
