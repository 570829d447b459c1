import { useTranslation } from 'react-i18next';
import { stockholmTime } from '../../../shared/time';
import { useNow } from '../actors/useNow';
import { minutesBetween, spanOf } from '../actors/elapsed';
import { spanText } from '../actors/spanText';
import { useConnection } from '../api/useConnection';

/**
 * On the wall, when its link is down: how old what it shows is ("Visar läget från 03:12 — 4 min
 * gammalt"), renewed as the minutes pass. While connected the wall is live: every change is
 * pushed to it. Back online the transport reconnects and every panel reads again.
 */
export function StaleBanner() {
  const { t } = useTranslation('wall');
  const { t: ta } = useTranslation('actors');
  const { lostAt } = useConnection();
  const now = useNow(15_000);
  if (lostAt === null) return null;
  const age = spanText(ta, 'duration', spanOf(minutesBetween(new Date(lostAt), new Date(Math.max(now.getTime(), lostAt)))));
  return (
    <div className="wall-stale" role="alert" data-testid="wall-stale">
      {t('stale.text', { time: stockholmTime(new Date(lostAt)), age })}
    </div>
  );
}
