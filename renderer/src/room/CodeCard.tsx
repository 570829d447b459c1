import { useTranslation } from 'react-i18next';
import type { PairingCode } from '../../../shared/room/contract';
import { groupCode } from './codeFormat';
import { QrCode } from './QrCode';

interface Props {
  code: PairingCode;
  /** The card's heading: the kind, or for a liaison the kind and its actor. */
  title: string;
  busy: boolean;
  onRenew: () => void;
}

/** One kind's code: large and grouped (read aloud across the room), its QR code, and "Ny kod". */
export function CodeCard({ code, title, busy, onRenew }: Props) {
  const { t } = useTranslation('room');
  const grouped = groupCode(code.code);
  return (
    <li className="room-code" data-testid="room-code" data-kind={code.kind} data-actor={code.actor_id ?? undefined}>
      <h4>{title}</h4>
      <p className="room-code-text" aria-label={t('codes.code', { kind: title })} data-testid="room-code-text">
        {grouped}
      </p>
      <QrCode text={code.url} label={t('codes.qr', { url: code.url })} />
      <p className="room-code-url">
        <bdi>{code.url}</bdi>
      </p>
      {code.kind === 'wall' && <p className="muted room-code-note">{t('codes.wallNote')}</p>}
      <button type="button" className="button-small" disabled={busy} onClick={onRenew} aria-label={t('codes.newFor', { kind: title })} data-testid="room-code-new">
        {t('codes.new')}
      </button>
    </li>
  );
}
