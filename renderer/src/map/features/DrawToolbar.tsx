import { useTranslation } from 'react-i18next';
import type { DrawShape } from './useDrawing';

/** The keyboard's way through a line or an area (useSketch): vertices at the crosshair. */
export interface SketchControls {
  vertices: number;
  canFinish: boolean;
  addAtCentre: () => void;
  undo: () => void;
  finish: () => void;
}

/**
 * Drawing for the staff: a point, a line or an area with the pointer, or a point at the map's
 * centre (keyboard: move the map with the arrow keys, then place it). A line's or an area's
 * vertices can be set at the crosshair in the map's centre too (buttons, or Enter on the map).
 * While drawing or reshaping, what to do next and a way out.
 */
export function DrawToolbar({
  drawing,
  editing,
  disabled,
  onDraw,
  onPointAtCentre,
  onCancel,
  onSaveShape,
  sketch,
}: {
  drawing: DrawShape | null;
  editing: boolean;
  disabled: boolean;
  onDraw: (shape: DrawShape) => void;
  onPointAtCentre: () => void;
  onCancel: () => void;
  onSaveShape: () => void;
  sketch: SketchControls;
}) {
  const { t } = useTranslation('map');
  if (drawing || editing) {
    return (
      <div className="map-draw-bar map-drawing" role="status" data-testid="draw-status">
        <span>{editing ? t('draw.reshaping') : t(`draw.hint.${drawing ?? 'point'}`)}</span>
        {!editing && (drawing === 'line' || drawing === 'area') && (
          <>
            <span className="map-sketch-keys">
              {t('draw.keyboardHint')}
            </span>
            <span className="map-sketch-count" data-testid="sketch-count">
              {t('draw.vertices', { count: sketch.vertices })}
            </span>
            <button type="button" onClick={sketch.addAtCentre} data-testid="sketch-add">
              {t('draw.addVertex')}
            </button>
            <button type="button" onClick={sketch.undo} disabled={sketch.vertices === 0} data-testid="sketch-undo">
              {t('draw.undoVertex')}
            </button>
            <button type="button" className="button-primary" onClick={sketch.finish} disabled={!sketch.canFinish} data-testid="sketch-finish">
              {t('draw.finish')}
            </button>
          </>
        )}
        {editing && (
          <button type="button" className="button-primary" onClick={onSaveShape} data-testid="shape-save">
            {t('draw.saveShape')}
          </button>
        )}
        <button type="button" onClick={onCancel} data-testid="draw-cancel">
          {t('draw.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="map-draw-bar" role="group" aria-label={t('draw.toolbar')}>
      <button type="button" onClick={() => onDraw('point')} disabled={disabled} data-testid="draw-point">
        {t('draw.point')}
      </button>
      <button type="button" onClick={() => onDraw('line')} disabled={disabled} data-testid="draw-line">
        {t('draw.line')}
      </button>
      <button type="button" onClick={() => onDraw('area')} disabled={disabled} data-testid="draw-area">
        {t('draw.area')}
      </button>
      <button type="button" onClick={onPointAtCentre} disabled={disabled} data-testid="draw-centre">
        {t('draw.pointAtCentre')}
      </button>
    </div>
  );
}
