import { actorOverdue, assignmentOverdue, OPEN_ASSIGNMENT_STATUSES } from '../../../shared/actors/overdue';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useConnection } from '../api/useConnection';
import { useLiveCall } from '../api/useLiveCall';
import { ActorHistory } from '../actors/ActorHistory';
import { ActorTile } from '../actors/ActorTile';
import { AssignmentRow } from '../actors/AssignmentRow';
import { FormError } from '../ui/FormError';
import { StatusForm } from '../actors/StatusForm';
import { useActorRegistry } from '../actors/useActorRegistry';
import { useNow } from '../actors/useNow';
import { errorText } from '../i18n/errorText';
import type { PaneProps } from '../panes/pane';
import '../actors/actors.css';
import '../room/room.css';

/**
 * A samverkansperson's own actor: its status tile (opening its history), "Rapportera läge" with the
 * status form for that actor alone, and the assignments given to it that are still open. Which
 * actor comes from the seat's pairing code (the hello), not from a choice on the page.
 */
export function LiaisonPane({ board, canWrite }: PaneProps) {
  const { t } = useTranslation('room');
  const { seat } = useConnection();
  const { actors, error } = useActorRegistry(board.id);
  const actorId = seat?.kind === 'liaison' ? seat.actor_id : null;
  const actor = actors.find((a) => a.id === actorId) ?? null;
  return (
    <section className="pane liaison-pane" aria-labelledby="liaison-title" data-testid="liaison-pane">
      <h2 id="liaison-title">{actor ? actor.name : t('liaison.title')}</h2>
      <FormError message={error !== null ? errorText(error) : null} />
      {actorId === null && <p className="muted">{t('liaison.noActor')}</p>}
      {actorId !== null && !actor && actors.length > 0 && <p className="muted">{t('liaison.unknown')}</p>}
      {actor && <OwnActor boardId={board.id} actor={actor} canWrite={canWrite} />}
    </section>
  );
}

function OwnActor({ boardId, actor, canWrite }: { boardId: string; actor: Actor; canWrite: boolean }) {
  const { t } = useTranslation('room');
  const now = useNow();
  const [reporting, setReporting] = useState(false);
  const [history, setHistory] = useState(false);
  const live = useLiveCall('actors.assignments', { actor: actor.id, statuses: [...OPEN_ASSIGNMENT_STATUSES] }, { refreshOn: ['actor.assignment'], scope: boardId });
  const assignments = live.data?.assignments ?? [];
  return (
    <>
      <ul className="status-grid" aria-label={t('liaison.title')}>
        <li>
          <ActorTile actor={actor} overdue={actorOverdue(actor, now)} compact={false} now={now} onOpen={() => setHistory(true)} />
        </li>
      </ul>
      {canWrite && !reporting && (
        <button type="button" className="button-primary" onClick={() => setReporting(true)} data-testid="liaison-report">
          {t('liaison.newStatus')}
        </button>
      )}
      {canWrite && reporting && <StatusForm actor={actor} onDone={() => setReporting(false)} />}
      <h3>{t('liaison.assignments', { actor: actor.name })}</h3>
      <FormError message={live.error !== null ? errorText(live.error) : null} />
      {assignments.length === 0 && !live.loading ? (
        <p className="muted">{t('liaison.none')}</p>
      ) : (
        <ul className="assignment-list" aria-label={t('liaison.assignments', { actor: actor.name })}>
          {assignments.map((a) => (
            <AssignmentRow key={a.id} assignment={a} overdue={assignmentOverdue(a, now)} canWrite={canWrite} showActor={false} />
          ))}
        </ul>
      )}
      {history && <ActorHistory actor={actor} canWrite={canWrite} now={now} onClose={() => setHistory(false)} />}
    </>
  );
}
