import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Conference } from '../../../shared/domain/actor';
import { stockholmTime } from '../../../shared/time';
import { useActorMutation } from './actorErrorText';
import { errorText } from '../i18n/errorText';
import { AgreementForm } from './AgreementForm';
import { ConferenceHistory } from './ConferenceHistory';
import { EndConference } from './EndConference';
import { NextConferenceForm } from './NextConferenceForm';
import { ReportForm } from './ReportForm';
import { StartConference } from './StartConference';
import { TurnTimer } from './TurnTimer';
import { useConference } from './useConference';
import { FormError } from '../ui/FormError';

interface Props {
  boardId: string;
  actors: readonly Actor[];
  canWrite: boolean;
}

/**
 * The samverkanskonferens: start it, walk the attending actors one by one (a timer for each),
 * take each one's report and new status in one form, log agreements (and their assignments), end
 * it with the next time. Idle, it sets the next time and lists past conferences for the protokoll.
 */
export function ConferencePanel({ boardId, actors, canWrite }: Props) {
  const { t } = useTranslation('actors');
  const live = useConference(boardId);
  const conference = live.data?.conference ?? null;
  return (
    <div className="conference" data-testid="conference-panel">
      <FormError message={live.error !== null ? errorText(live.error) : null} />
      {conference ? (
        <RunningConference conference={conference} actors={actors} canWrite={canWrite} />
      ) : (
        <>
          {canWrite && (
            <>
              <h3>{t('conf.startTitle')}</h3>
              <StartConference actors={actors} />
              <h3>{t('conf.nextTitle')}</h3>
              <NextConferenceForm next={live.data?.next ?? null} />
            </>
          )}
          <h3>{t('conf.pastTitle')}</h3>
          <ConferenceHistory boardId={boardId} />
        </>
      )}
    </div>
  );
}

function RunningConference({ conference, actors, canWrite }: { conference: Conference; actors: readonly Actor[]; canWrite: boolean }) {
  const { t } = useTranslation('actors');
  const turn = useActorMutation('actors.conference.turn');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const currentTurn = conference.turns.find((x) => x.ended_at === null && x.actor === conference.current) ?? null;
  const current = actors.find((a) => a.id === conference.current) ?? null;
  const reported = new Set(conference.turns.filter((x) => x.report_seq !== null).map((x) => x.actor));
  const index = conference.attendees.findIndex((a) => a.id === conference.current);
  const hasNext = index < conference.attendees.length - 1;

  // A turn this seat gave: its cursor goes to the report text, ready for what the actor says. A
  // turn given on another seat moves no one's cursor here.
  const movedHere = useRef(false);
  useEffect(() => {
    if (!movedHere.current || conference.current === null) return;
    movedHere.current = false;
    textRef.current?.focus();
  }, [conference.current]);
  function giveTurn(actor?: number): void {
    movedHere.current = true;
    void turn.run(actor === undefined ? { conference: conference.id } : { conference: conference.id, actor });
  }

  return (
    <section className="conference-running" aria-label={t(`conference.kind.${conference.kind}`)}>
      <p className="conference-title">
        <strong>{t(`conference.kind.${conference.kind}`)}</strong>{' '}
        <span className="muted">{t('conf.startedAt', { time: stockholmTime(conference.started_at), by: conference.started_by })}</span>
      </p>
      <ol className="turn-list" data-testid="turn-list">
        {conference.attendees.map((a) => {
          const isCurrent = a.id === conference.current;
          return (
            <li key={a.id} className={isCurrent ? 'turn turn-current' : 'turn'} data-testid="turn" data-actor={a.name} aria-current={isCurrent ? 'step' : undefined}>
              <bdi className="turn-name">{a.name}</bdi>
              <span className="turn-state">
                {reported.has(a.id) ? t('conf.reported') : !isCurrent && t('conf.waiting')}
                {isCurrent && currentTurn && <TurnTimer since={currentTurn.started_at} />}
              </span>
              {canWrite && !isCurrent && (
                <button type="button" className="button-small" disabled={turn.pending} onClick={() => giveTurn(a.id)} aria-label={t('conf.giveTurn', { name: a.name })} data-testid="turn-give">
                  {t('conf.giveTurnShort')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <FormError message={turn.error} />
      {canWrite && (
        <div className="actors-toolbar">
          <button type="button" className="button-primary" disabled={turn.pending || (conference.current !== null && !hasNext)} onClick={() => giveTurn()} data-testid="turn-next">
            {conference.current === null ? t('conf.firstTurn') : t('conf.nextTurn')}
          </button>
        </div>
      )}
      {canWrite && current && (
        <ReportForm
          key={`${current.id}-${currentTurn?.started_at ?? ''}`}
          conference={conference}
          actor={current}
          textRef={textRef}
          onReported={() => {
            if (hasNext) giveTurn();
          }}
        />
      )}
      <h3>{t('conf.agreements')}</h3>
      {conference.agreements.length === 0 ? (
        <p className="muted">{t('conf.noAgreements')}</p>
      ) : (
        <ol className="history-list" data-testid="conference-agreements">
          {conference.agreements.map((g) => (
            <li key={g.id}>
              <div className="history-meta">
                <span>{t('history.entry', { seq: g.journal_seq })}</span>
                <span>{stockholmTime(g.decided_at)}</span>
                {g.assignments.length > 0 && <span>{t('conf.givesAssignments', { count: g.assignments.length })}</span>}
              </div>
              <bdi className="history-text">{g.text}</bdi>
            </li>
          ))}
        </ol>
      )}
      {canWrite && <AgreementForm conference={conference.id} actors={actors} />}
      {canWrite && (
        <>
          <h3>{t('conf.endTitle')}</h3>
          <EndConference conference={conference} />
        </>
      )}
    </section>
  );
}
