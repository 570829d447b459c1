import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stockholmDate, stockholmTime } from '../../../shared/time';

/** The room's clock: Europe/Stockholm, 24 h, whatever zone this machine is set to. */
export function Clock() {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <div className="clock" aria-label={t('header.clock')} data-testid="clock">
      <span className="clock-time">{stockholmTime(now, true)}</span>
      <span className="clock-date">{stockholmDate(now)}</span>
    </div>
  );
}
