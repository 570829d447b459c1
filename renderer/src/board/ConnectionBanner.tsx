import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/useConnection';
import './board.css';

/** Shown whenever this seat is not live: what is on screen may be out of date. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const { state, retryInSeconds } = useConnection();
  if (state === 'open') return null;
  const text =
    state === 'no_token'
      ? t('connection.noToken')
      : state === 'unauthorized'
        ? t('connection.unauthorized')
      : state === 'connecting'
        ? t('connection.connecting')
        : t('connection.lost', { seconds: retryInSeconds ?? 1 });
  return (
    <div className={`connection-banner connection-${state}`} role="alert" data-testid="connection-banner">
      {text}
    </div>
  );
}
