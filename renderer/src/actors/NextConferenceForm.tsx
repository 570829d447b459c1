import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConferenceKind, type NextConference } from '../../../shared/domain/actor';
import { stockholmDateTime } from '../../../shared/time';
import { useActorMutation } from './actorErrorText';
import { ConferenceKindChoice } from './ConferenceKindChoice';
import { MomentFields } from './MomentFields';
import { parseNextMoment } from './nextMoment';
import { FormError } from '../ui/FormError';

/** Sets (or clears) the next conference's time without holding one: the countdown follows. */
export function NextConferenceForm({ next }: { next: NextConference | null }) {
  const { t } = useTranslation('actors');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [kind, setKind] = useState<ConferenceKind>(next?.kind ?? 'coordinating');
  const set = useActorMutation('actors.conference.setNext');

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const at = parseNextMoment(date, time);
    if (!at.ok || at.iso === null) return set.setError(t('form.badTime'));
    if (await set.run({ at: at.iso, kind })) {
      setDate('');
      setTime('');
    }
  }

  return (
    <form className="actors-form" onSubmit={(e) => void onSubmit(e)} data-testid="next-conference-form">
      <p className="muted">{next ? t('conf.nextIs', { time: stockholmDateTime(next.at) }) : t('conf.nextNone')}</p>
      <MomentFields legend={t('conf.nextTime')} date={date} time={time} onDate={setDate} onTime={setTime} testIdPrefix="set-next" />
      <ConferenceKindChoice legend={t('conf.nextKind')} value={kind} onChange={setKind} />
      <FormError message={set.error} />
      <div className="dialog-buttons">
        {next && (
          <button type="button" disabled={set.pending} onClick={() => void set.run({ at: null })} data-testid="next-clear">
            {t('conf.clearNext')}
          </button>
        )}
        <button type="submit" className="button-primary" disabled={set.pending} data-testid="next-save">
          {t('conf.setNext')}
        </button>
      </div>
    </form>
  );
}
