import { useTranslation } from 'react-i18next';
import type { WallConfig, WallPanel } from '../../../shared/wall/config';
import { rotationAt, type RotationPoint } from '../../../shared/wall/rotation';
import { useNow } from '../actors/useNow';

/**
 * While the wall rotates: what is shown, what comes next and in how many seconds, and which view
 * of how many (one mark per view, the current one filled). Words and marks only, no moving bar:
 * nothing moves but the switch itself. Not a live region: a reader would hear it every second.
 */
export function RotationIndicator({ config, point }: { config: WallConfig; point: RotationPoint }) {
  const { t } = useTranslation('wall');
  const now = useNow(1000);
  const names = (view: readonly WallPanel[] | undefined): string => (view ?? []).map((p) => t(`panel.${p}`)).join(' + ');
  const msToNext = rotationAt(config, now.getTime()).msToNext ?? 0;
  const seconds = Math.max(1, Math.ceil(msToNext / 1000));
  return (
    <div className="wall-rotation" data-testid="wall-rotation" data-index={point.index}>
      <span className="wall-rotation-now">{t('rotation.now', { panels: names(point.views[point.index]) })}</span>
      <span className="wall-rotation-next" data-testid="wall-rotation-next">
        {t('rotation.next', { panels: names(point.views[point.next]), seconds })}
      </span>
      <span className="wall-rotation-dots">
        <span className="visually-hidden">{t('rotation.position', { index: point.index + 1, count: point.views.length })}</span>
        {point.views.map((view, i) => (
          <span key={view.join('+')} className={i === point.index ? 'wall-dot is-current' : 'wall-dot'} aria-hidden="true" />
        ))}
      </span>
    </div>
  );
}
