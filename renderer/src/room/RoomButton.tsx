import { useTranslation } from 'react-i18next';
import { useConnection } from '../api/useConnection';
import { useLayout } from '../panes/useLayout';

/** The header's way to the host's "Rummet" view (the view switch and Alt+L reach it too). */
export function RoomButton() {
  const { t } = useTranslation('room');
  const { seat } = useConnection();
  const { layout, choose } = useLayout();
  if (seat?.kind !== 'host' || layout.id === 'room') return null;
  return (
    <button type="button" className="button-quiet" onClick={() => choose('room')} title={t('pane.openHint')} data-testid="room-open">
      {t('pane.open')}
    </button>
  );
}
