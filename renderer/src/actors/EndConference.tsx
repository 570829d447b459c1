import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Conference, type ConferenceKind } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { ConferenceKindChoice } from './ConferenceKindChoice';
import { MomentFields } from './MomentFields';
import { parseNextMoment } from './nextMoment';
import { FormError } from '../ui/FormError';

/** Ends the conference, with the next one's time (the countdown in the header and on the wall). */
export function EndConference({ conference }: { conference: Conference }) {
  const { t } = useTranslation('actors');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [kind, setKind] = useState<ConferenceKind>(conference.kind);
  const end = useActorMutation('actors.conference.end');

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const next = parseNextMoment(date, time);
    if (!next.ok) return end.setError(t('form.badTime'));
    await end.run({ conference: conference.id, next_at: next.iso, next_kind: next.iso ? kind : null });
  }

  return (
    <form className="actors-form end-form" onSubmit={(e) => void onSubmit(e)} data-testid="conference-end">
      <MomentFields legend={t('conf.nextTime')} date={date} time={time} onDate={setDate} onTime={setTime} testIdPrefix="next" />
      <ConferenceKindChoice legend={t('conf.nextKind')} value={kind} onChange={setKind} />
      <FormError message={end.error} />
      <div className="dialog-buttons">
        <button type="submit" className="button-danger" disabled={end.pending} data-testid="conference-end-button">
          {t('conf.end')}
        </button>
      </div>
    </form>
  );
}
