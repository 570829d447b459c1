import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/useConnection';
import './board.css';

/** Shown whenever this seat is not live: what is on screen may be out of date. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { state, retryInSeconds, role, lostAt } = useConnection();
  if (state === 'open') return null;
  // A wall that was live says it in its own words, with the picture's age (wall/StaleBanner): one alert, not two.
  if (role === 'wall' && lostAt !== null) return null;
  // A seat with no token, or a refused one, never gets here: App shows it the join page.
  const text = state === 'connecting' ? t('connection.connecting') : t('connection.lost', { seconds: retryInSeconds ?? 1 });
  return (
    <div className={`connection-banner connection-${state}`} role="alert" data-testid="connection-banner">
      {text}
    </div>
  );
}
