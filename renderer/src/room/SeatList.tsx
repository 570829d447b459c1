import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import type { RoomSeat } from '../../../shared/room/contract';
import { stockholmDateTime } from '../../../shared/time';
import { returnFocusHome } from '../ui/focusHome';
import { shortStockholmMoment, useStockholmToday } from '../ui/useStockholmToday';

interface Props {
  seats: readonly RoomSeat[];
  actors: readonly Actor[];
  busy: boolean;
  onRevoke: (id: string) => Promise<boolean>;
}

/**
 * Who is in the room: each seat's name, kind, where it connects from, since when, and whether it is
 * connected now. "Återkalla" asks first, naming the seat, since it cuts someone off at once.
 */
export function SeatList({ seats, actors, busy, onRevoke }: Props) {
  const { t } = useTranslation('room');
  const [confirming, setConfirming] = useState<string | null>(null);
  // Each seat's "Återkalla", by seat id: focus goes back to it when the question is cancelled.
  const revokeButtons = useRef(new Map<string, HTMLButtonElement>());

  function kindText(seat: RoomSeat): string {
    const kind = t(`kind.${seat.kind}`);
    if (seat.kind !== 'liaison' || seat.actor_id === null) return kind;
    const actor = actors.find((a) => a.id === seat.actor_id)?.name ?? t('codes.unknownActor', { id: seat.actor_id });
    return t('seats.kindWithActor', { kind, actor });
  }
  // A staff room's day: the time alone, the date too only for a seat from another day.
  const today = useStockholmToday();
  const when = (iso: string): string => shortStockholmMoment(iso, today);
  const nameOf = (seat: RoomSeat): string => seat.name ?? (seat.kind === 'host' ? t('seats.thisMachine') : t('seats.unnamed'));

  async function revoke(id: string): Promise<void> {
    if (await onRevoke(id)) {
      setConfirming(null);
      returnFocusHome();
    }
  }

  // Not revoked after all: the keyboard goes back to that seat's "Återkalla", where it was.
  function cancel(): void {
    const id = confirming;
    setConfirming(null);
    const button = id === null ? undefined : revokeButtons.current.get(id);
    if (!button) return returnFocusHome();
    // Enabled again on the next render; focus it then.
    window.requestAnimationFrame(() => button.focus());
  }

  return (
    <section className="room-seats" aria-labelledby="room-seats-title">
      <h3 id="room-seats-title">{t('seats.title')}</h3>
      {seats.length === 0 ? (
        <p className="muted">{t('seats.none')}</p>
      ) : (
        <div className="room-seat-scroll">
          <table className="room-seat-table" data-testid="room-seats">
            <thead>
              <tr>
                <th scope="col">{t('seats.name')}</th>
                <th scope="col">{t('seats.kind')}</th>
                <th scope="col">{t('seats.from')}</th>
                <th scope="col">{t('seats.since')}</th>
                <th scope="col">{t('seats.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('seats.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {seats.flatMap((seat) => [
                <tr key={seat.id} data-testid="room-seat" data-seat={seat.id} data-kind={seat.kind} data-connected={seat.connected > 0}>
                  <th scope="row" className="user-text">
                    <bdi>{nameOf(seat)}</bdi>
                  </th>
                  <td>{kindText(seat)}</td>
                  <td>
                    <bdi>{seat.address}</bdi>
                  </td>
                  <td className="room-nowrap">
                    <time dateTime={seat.since} title={stockholmDateTime(seat.since)}>
                      {when(seat.since)}
                    </time>
                  </td>
                  <td className={seat.connected > 0 ? 'room-connected' : 'room-disconnected'}>
                    {seat.connected > 0 ? t('seats.connected') : t('seats.disconnected', { time: when(seat.last_seen) })}
                  </td>
                  <td className="room-nowrap">
                    {seat.kind !== 'host' && (
                      <button
                        type="button"
                        className="button-small"
                        disabled={busy || confirming === seat.id}
                        onClick={() => setConfirming(seat.id)}
                        aria-label={t('seats.revokeLabel', { name: nameOf(seat) })}
                        aria-expanded={confirming === seat.id}
                        ref={(button) => {
                          if (button) revokeButtons.current.set(seat.id, button);
                          else revokeButtons.current.delete(seat.id);
                        }}
                        data-testid="room-revoke"
                      >
                        {t('seats.revoke')}
                      </button>
                    )}
                  </td>
                </tr>,
                // The question gets the whole width under its seat's row: it names whom it cuts off.
                confirming === seat.id && (
                  <tr key={`${seat.id}-confirm`} className="room-revoke-row">
                    <td colSpan={6}>
                      <div className="room-revoke-confirm" role="group" aria-label={t('seats.revokeLabel', { name: nameOf(seat) })} data-testid="room-revoke-confirm">
                        <span>{t('seats.revokeConfirm', { name: nameOf(seat), kind: kindText(seat) })}</span>
                        <button type="button" className="button-danger" disabled={busy} onClick={() => void revoke(seat.id)} autoFocus data-testid="room-revoke-yes">
                          {t('seats.revokeYes')}
                        </button>
                        <button type="button" className="button-quiet" onClick={cancel}>
                          {t('seats.cancel')}
                        </button>
                      </div>
                    </td>
                  </tr>
                ),
              ])}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
