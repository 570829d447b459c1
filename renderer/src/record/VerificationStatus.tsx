import { useTranslation } from 'react-i18next';
import type { Verification } from '../../../shared/record/record';
import './record.css';

/**
 * The quiet line in the header while the open board's record is checked and once it held:
 * "Kontrollerar loggen … N av M", then "Loggen kontrollerad när händelsen öppnades: t.o.m. post N" (the check runs once, at open). Not a live region:
 * progress a few times a second must not be read out. A broken record is ReadOnlyBanner's.
 */
export function VerificationStatus({ verification }: { verification: Verification | null }) {
  const { t } = useTranslation('record');
  if (verification?.state === 'running') {
    return (
      <span className="verification-status" data-testid="verification-status">
        {t('verification.running', { checked: verification.checked, total: verification.total })}
      </span>
    );
  }
  if (verification?.state === 'ok') {
    return (
      <span className="verification-status verification-ok" data-testid="verification-status">
        {t('verification.ok', { seq: verification.head?.seq ?? verification.count })}
      </span>
    );
  }
  return null;
}
