import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../../../shared/room/contract';

interface Props {
  status: RoomStatus;
  busy: boolean;
  onChange: (on: boolean) => void;
}

/** "Dela med rummet": off by default, and it says plainly what off and on mean for the network. */
export function SharingSwitch({ status, busy, onChange }: Props) {
  const { t } = useTranslation('room');
  const id = useId();
  return (
    <div className="room-sharing" data-testid="room-sharing">
      <label className="room-switch" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={status.sharing}
          disabled={busy}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={`${id}-says`}
          data-testid="room-share"
        />
        <span>{t('sharing.label')}</span>
      </label>
      <p id={`${id}-says`} className={status.sharing ? 'room-sharing-on' : 'muted'} data-testid="room-sharing-says">
        {t(status.sharing ? 'sharing.on' : 'sharing.off')}
        {status.sharing && ` ${t(status.https ? 'sharing.https' : 'sharing.http')}`}
      </p>
      {status.sharing && status.addresses.length > 0 && (
        <div className="room-addresses">
          <h3>{t('sharing.addresses')}</h3>
          <ul>
            {status.addresses.map((a) => (
              <li key={a}>
                <bdi className="room-address" data-testid="room-address">
                  {a}
                </bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
