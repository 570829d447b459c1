import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { PERSON_NAME_MAX, setPerson } from './person';
import './session.css';

/**
 * Asked once per seat before anything can be written: every record says who wrote it. The name is
 * remembered on this machine; "Byt person" in the header asks again.
 */
export function PersonForm() {
  const { t } = useTranslation('session');
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!name.trim()) return setError(t('required'));
    setBusy(true);
    setError(null);
    try {
      await setPerson(name);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  return (
    <main className="start-screen">
      <form className="person-form" onSubmit={(e) => void submit(e)} data-testid="person-form" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('title')}</h2>
        <p className="muted">{t('intro')}</p>
        <label htmlFor={`${id}-name`}>{t('label')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={PERSON_NAME_MAX}
          autoComplete="name"
          placeholder={t('placeholder')}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid="person-name"
          autoFocus
        />
        {error && (
          <p className="error-text" role="alert" id={`${id}-error`}>
            {error}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={busy} data-testid="person-submit">
          {t('submit')}
        </button>
      </form>
    </main>
  );
}
