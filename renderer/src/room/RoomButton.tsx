import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/useConnection';
import { useLayout } from '../panes/useLayout';

/** The header's way to the host's "Rummet" view (the view switch and Alt+L reach it too). */
export function RoomButton() {
  const { t } = useTranslation('room');
  const { role, seat } = useConnection();
  const kind = seat?.kind ?? null;
  const { layout, choose } = useLayout(role, kind);
  if (kind !== 'host' || layout.id === 'room') return null;
  return (
    <button type="button" className="button-quiet" onClick={() => choose('room')} title={t('pane.openHint')} data-testid="room-open">
      {t('pane.open')}
    </button>
  );
}
