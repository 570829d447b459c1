import type { ComponentType } from 'react';
import type { WallPanel } from '../../../shared/wall/config';
import { actorsPane } from '../actors/pane';
import { journalPane } from '../journal/pane';
import { mapPane } from '../map/pane';
import type { PaneProps } from '../panes/pane';
import { DecisionsPanel } from './DecisionsPanel';
import { OverduePanel } from './OverduePanel';
import { RotationIndicator } from './RotationIndicator';
import { StaleBanner } from './StaleBanner';
import { usePalette } from './usePalette';
import { useRotation } from './useRotation';
import { useWallSettings } from './useWallSettings';
import './wall.css';

/** Each panel's component: the map, actors and journal are the panes every seat has, read-only here. */
const PANELS: Record<WallPanel, ComponentType<PaneProps>> = {
  map: mapPane.component,
  actors: actorsPane.component,
  journal: journalPane.component,
  decisions: ({ board }) => <DecisionsPanel boardId={board.id} />,
  overdue: ({ board }) => <OverduePanel boardId={board.id} />,
};

/** The grid for a view: the map large on the left when it is there, the others beside it. */
function viewClass(panels: readonly WallPanel[]): string {
  const others = panels.filter((p) => p !== 'map').length;
  if (panels.includes('map') && others > 0) return `wall-view wall-with-map wall-others-${others}`;
  return `wall-view wall-count-${panels.length}`;
}

/**
 * The wall display (väggskärmen): the panels the lead chose, all at once or in turn, in the
 * palette the lead chose; says plainly when its link is down and how old the picture is.
 */
export function WallPane({ board }: PaneProps) {
  const { settings } = useWallSettings(board.id);
  const { config } = settings;
  const point = useRotation(config);
  const palette = usePalette(config.palette);
  const view = point.views[point.index] ?? config.panels;
  // The map first: the grid gives it the left side, and the others follow in the chosen order.
  const panels = view.includes('map') ? (['map', ...view.filter((p) => p !== 'map')] as WallPanel[]) : view;
  const rotating = point.views.length > 1;
  return (
    <div className="wall-pane" data-testid="wall-pane" data-mode={config.mode} data-palette={palette} data-panels={panels.join(',')}>
      <StaleBanner />
      <div className={viewClass(panels)} data-testid="wall-view">
        {panels.map((p) => {
          const Panel = PANELS[p];
          return <Panel key={p} board={board} canWrite={false} />;
        })}
      </div>
      {rotating && <RotationIndicator config={config} point={point} />}
    </div>
  );
}
