import { useTranslation } from 'react-i18next';
import type { DrawShape } from './useDrawing';

/**
 * Drawing for the staff: a point, a line or an area with the pointer, or a point at the map's
 * centre (keyboard: move the map with the arrow keys, then place it). While drawing or reshaping,
 * what to do next and a way out.
 */
export function DrawToolbar({
  drawing,
  editing,
  disabled,
  onDraw,
  onPointAtCentre,
  onCancel,
  onSaveShape,
}: {
  drawing: DrawShape | null;
  editing: boolean;
  disabled: boolean;
  onDraw: (shape: DrawShape) => void;
  onPointAtCentre: () => void;
  onCancel: () => void;
  onSaveShape: () => void;
}) {
  const { t } = useTranslation('map');
  if (drawing || editing) {
    return (
      <div className="map-draw-bar map-drawing" role="status" data-testid="draw-status">
        <span>{editing ? t('draw.reshaping') : t(`draw.hint.${drawing ?? 'point'}`)}</span>
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
