import { useTranslation } from 'react-i18next';
import { stopwatch } from './clockFormat';
import { useNow } from './useNow';

/** The current actor's time on the floor, ticking each second (its own component: only it re-renders). */
export function TurnTimer({ since }: { since: string }) {
  const { t } = useTranslation('actors');
  const now = useNow(1000);
  return (
    <span className="turn-timer" role="timer" aria-label={t('conf.turnTime')} data-testid="turn-timer">
      {stopwatch(since, now)}
    </span>
  );
}
