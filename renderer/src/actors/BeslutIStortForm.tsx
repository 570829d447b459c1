import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/domain/actor';
import { useActorMutation } from './actorErrorText';
import { FormError } from '../ui/FormError';
import { MomentFields } from './MomentFields';
import { parseNextMoment } from './nextMoment';

interface Props {
  actors: readonly Actor[];
  /** The conference under way, if any: the decision is agreed in it. */
  conference: number | null;
  onDone: () => void;
}

/**
 * A Beslut i stort with its parts: goal and intent, what is to be achieved, who does what, until
 * when, who decided, which actors agree. Logged as a significant decision.
 */
export function BeslutIStortForm({ actors, conference, onDone }: Props) {
  const { t } = useTranslation('actors');
  const [text, setText] = useState('');
  const [intent, setIntent] = useState('');
  const [achieve, setAchieve] = useState('');
  const [responsibilities, setResponsibilities] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [agreeing, setAgreeing] = useState<readonly number[]>([]);
  const agree = useActorMutation('actors.agree');
  const active = actors.filter((a) => !a.retired);

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!text.trim()) return agree.setError(t('bis.textRequired'));
    if (!intent.trim()) return agree.setError(t('bis.intentRequired'));
    const until = parseNextMoment(date, time);
    if (!until.ok) return agree.setError(t('form.badTime'));
    const parts = { intent, achieve, responsibilities, until: until.iso, decided_by: decidedBy, agreeing: [...agreeing] };
    if (await agree.run({ conference, text, beslut_i_stort: parts })) onDone();
  }

  const area = (label: string, value: string, set: (v: string) => void, testId: string) => (
    <label className="field">
      <span>{label}</span>
      <textarea value={value} onChange={(e) => set(e.target.value)} rows={2} maxLength={4000} data-testid={testId} />
    </label>
  );

  return (
    <form className="actors-form bis-form" onSubmit={(e) => void onSubmit(e)} data-testid="bis-form">
      {area(t('bis.text'), text, setText, 'bis-text')}
      {area(t('bis.intent'), intent, setIntent, 'bis-intent')}
      {area(t('bis.achieve'), achieve, setAchieve, 'bis-achieve')}
      {area(t('bis.responsibilities'), responsibilities, setResponsibilities, 'bis-responsibilities')}
      <MomentFields legend={t('bis.until')} date={date} time={time} onDate={setDate} onTime={setTime} testIdPrefix="bis-until" />
      <label className="field">
        <span>{t('bis.decidedBy')}</span>
        <input value={decidedBy} onChange={(e) => setDecidedBy(e.target.value)} maxLength={200} data-testid="bis-decided-by" />
      </label>
      <fieldset className="attendee-choice">
        <legend>{t('bis.agreeing')}</legend>
        <ul className="attendee-checks">
          {active.map((a) => (
            <li key={a.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={agreeing.includes(a.id)}
                  onChange={() => setAgreeing((now) => (now.includes(a.id) ? now.filter((x) => x !== a.id) : [...now, a.id]))}
                  data-testid="bis-agreeing"
                  data-actor={a.name}
                />
                <bdi>{a.name}</bdi>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormError message={agree.error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={agree.pending} data-testid="bis-save">
          {t('bis.save')}
        </button>
      </div>
    </form>
  );
}
