import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { SEAT_KINDS, type PairingCode, type SeatKind } from '../../../shared/room/contract';
import { ActorSelect } from '../actors/ActorSelect';
import { CodeCard } from './CodeCard';
import { FormError } from '../ui/FormError';

interface Props {
  codes: readonly PairingCode[];
  actors: readonly Actor[];
  busy: boolean;
  onNewCode: (kind: SeatKind, actorId: number | null) => void;
}

/** Staff kinds first, the wall last; a liaison's code is made per actor, on request. */
const SHOWN_KINDS = SEAT_KINDS.filter((k) => k !== 'liaison');

/** The codes, one card per kind (and per liaison's actor), and the form that makes a liaison's code. */
export function CodeList({ codes, actors, busy, onNewCode }: Props) {
  const { t } = useTranslation('room');
  const [actor, setActor] = useState('');
  const [pickError, setPickError] = useState(false);
  const actorName = (id: number | null): string => actors.find((a) => a.id === id)?.name ?? t('codes.unknownActor', { id });
  const fixed = SHOWN_KINDS.flatMap((kind) => codes.filter((c) => c.kind === kind));
  const liaisons = codes.filter((c) => c.kind === 'liaison');

  function makeLiaisonCode(e: FormEvent): void {
    e.preventDefault();
    setPickError(actor === '');
    if (actor !== '') onNewCode('liaison', Number(actor));
  }

  return (
    <section className="room-codes" aria-labelledby="room-codes-title">
      <h3 id="room-codes-title">{t('codes.title')}</h3>
      <p className="muted">{t('codes.intro')}</p>
      <ul className="room-code-grid">
        {fixed.map((c) => (
          <CodeCard key={c.kind} code={c} title={t(`kind.${c.kind}`)} busy={busy} onRenew={() => onNewCode(c.kind, null)} />
        ))}
        {liaisons.map((c) => (
          <CodeCard
            key={`liaison-${c.actor_id ?? 0}`}
            code={c}
            title={c.actor_id === null ? t('kind.liaison') : t('codes.liaisonFor', { actor: actorName(c.actor_id) })}
            busy={busy}
            onRenew={() => onNewCode('liaison', c.actor_id)}
          />
        ))}
      </ul>
      <form className="room-liaison-form" onSubmit={makeLiaisonCode} aria-label={t('kind.liaison')}>
        <ActorSelect label={t('codes.liaisonActorLabel')} actors={actors} value={actor} onChange={setActor} testId="room-liaison-actor" noneLabel={t('codes.liaisonNone')} />
        <button type="submit" disabled={busy} data-testid="room-liaison-create">
          {t('codes.liaisonCreate')}
        </button>
        <FormError message={pickError ? t('codes.liaisonPick') : null} />
      </form>
    </section>
  );
}
