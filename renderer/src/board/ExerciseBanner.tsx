import { useTranslation } from 'react-i18next';
import './board.css';

/** Impossible to miss, on every screen and the wall: this board is an exercise, not a real event. */
export function ExerciseBanner() {
  const { t } = useTranslation();
  return (
    <div className="exercise-banner" role="status" data-testid="exercise-banner">
      <span>{t('header.exercise')}</span>
      <span className="exercise-banner-sub">{t('header.exerciseSub')}</span>
    </div>
  );
}
