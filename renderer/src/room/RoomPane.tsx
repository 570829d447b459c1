import { useTranslation } from 'react-i18next';
import type { RoomStatus, SeatKind } from '../../../shared/room/contract';
import { useConnection } from '../api/useConnection';
import { useLiveCall } from '../api/useLiveCall';
import { useMutation } from '../api/useMutation';
import { spanOf } from '../actors/elapsed';
import { spanText } from '../actors/spanText';
import { useActorRegistry } from '../actors/useActorRegistry';
import { errorText } from '../i18n/errorText';
import type { PaneProps } from '../panes/pane';
import { CodeList } from './CodeList';
import { SeatList } from './SeatList';
import { SharingSwitch } from './SharingSwitch';
import { FormError } from '../ui/FormError';
import './room.css';

/**
 * Rummet: the host shares the board with the staff room's network (off by default), shows a code
 * and a QR code per kind of seat, and sees who is connected, from where and since when, with
 * "Återkalla" for each. Only the host's seats show it; the server refuses its methods to others.
 */
export function RoomPane({ board }: PaneProps) {
  const { seat } = useConnection();
  return seat?.kind === 'host' ? <HostRoom boardId={board.id} /> : null;
}

function HostRoom({ boardId }: { boardId: string }) {
  const { t } = useTranslation('room');
  const { t: ta } = useTranslation('actors');
  const live = useLiveCall('room.status', {}, { refreshOn: ['room.changed'] });
  const { actors } = useActorRegistry(boardId);
  const share = useMutation('room.share');
  const code = useMutation('room.code');
  const revoke = useMutation('room.revoke');
  const busy = share.pending || code.pending || revoke.pending;
  const status = live.data;
  const failure = share.error ?? code.error ?? revoke.error ?? (live.error !== null ? errorText(live.error) : null);

  // Each write answers with the room as it now is: shown at once, not after the next event.
  const shown = (next: RoomStatus | undefined): boolean => {
    if (next) live.set(next);
    return next !== undefined;
  };
  const newCode = (kind: SeatKind, actorId: number | null): void => void code.run({ kind, actor_id: actorId }).then(shown);

  return (
    <section className="pane room-pane" aria-labelledby="room-title" data-testid="room-pane">
      <h2 id="room-title">{t('pane.title')}</h2>
      <FormError message={failure} />
      {status && (
        <div className="room-body">
          <SharingSwitch status={status} busy={busy} onChange={(on) => void share.run({ on }).then(shown)} />
          {status.sharing && <CodeList codes={status.codes} actors={actors} busy={busy} onNewCode={newCode} />}
          {status.sharing && (
            <p className="muted">
              {t('sharing.idle', { span: spanText(ta, 'duration', spanOf(status.idle_minutes)) })}
            </p>
          )}
          <SeatList seats={status.seats} actors={actors} busy={busy} onRevoke={async (id) => shown(await revoke.run({ id }))} />
        </div>
      )}
    </section>
  );
}
