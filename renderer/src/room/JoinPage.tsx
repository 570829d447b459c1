import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { connectWithToken } from '../api/client';
import { forgetPairCodeInAddress, pairCodeInAddress } from '../api/token';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { layoutForKind, storeLayout } from '../panes/layouts';
import { PERSON_NAME_MAX, rememberPairedPerson } from '../session/person';
import { groupCode, normalizeCode } from './codeFormat';
import { pair, type PairFailure } from './pair';
import './room.css';
import { FormError } from '../ui/FormError';

/**
 * The page a seat on the staff room's network sees before it belongs to the room: the code (from
 * the QR code's address, or typed) and the person's name. A good code gives the seat its own
 * token (kept for this tab) and it connects, in the view of its kind. A revoked seat comes back here.
 */
export function JoinPage({ revoked }: { revoked: boolean }) {
  const { t } = useTranslation('room');
  const { t: tBoard } = useTranslation();
  const id = useId();
  const [code, setCode] = useState(() => groupCode(pairCodeInAddress()));
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Which field the message is about (marked invalid); a refused code is the code's.
  const [errorField, setErrorField] = useState<'code' | 'name' | null>(null);
  const [busy, setBusy] = useState(false);

  function fail(message: string | null, field: 'code' | 'name' | null): void {
    setError(message);
    setErrorField(field);
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!normalizeCode(code)) return fail(t('join.noCode'), 'code');
    if (!name.trim()) return fail(t('join.noName'), 'name');
    setBusy(true);
    fail(null, null);
    const outcome = await pair(code, name);
    setBusy(false);
    if (!outcome.ok) return fail(failureText(outcome.failure, outcome.status), outcome.failure === 'badCode' ? 'code' : null);
    const { token, kind } = outcome.reply;
    forgetPairCodeInAddress();
    // A seat paired as a kind starts in that kind's view; Alt+L and the choice it makes later stay.
    const view = layoutForKind(kind);
    if (view !== null) storeLayout(view);
    if (kind !== 'wall') rememberPairedPerson(name);
    connectWithToken(token);
  }

  function failureText(failure: PairFailure, status: number | null): string {
    return t(`join.${failure}`, { status: status ?? '–' });
  }

  return (
    <div className="app">
      <header className="app-header" data-testid="header">
        <div className="header-bar">
          <div className="header-title">
            <span className="app-name">{tBoard('app.name')}</span>
          </div>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main className="start-screen">
        <form className="join-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} data-testid="join-form" noValidate>
          <h1 id={`${id}-title`}>{t('join.title')}</h1>
          {revoked && (
            <p className="join-notice" data-testid="join-revoked">
              {t('join.revoked')}
            </p>
          )}
          <p className="muted">{t('join.intro')}</p>
          <label htmlFor={`${id}-code`}>{t('join.code')}</label>
          <input
            id={`${id}-code`}
            className="join-code-input"
            value={code}
            maxLength={32}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby={`${id}-code-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={errorField === 'code'}
            data-testid="join-code"
            autoFocus={code === ''}
          />
          <span id={`${id}-code-hint`} className="muted">
            {t('join.codeHint')}
          </span>
          <label htmlFor={`${id}-name`}>{t('join.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={PERSON_NAME_MAX}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={errorField === 'name'}
            data-testid="join-name"
            autoFocus={code !== ''}
          />
          <FormError message={error} id={`${id}-error`} testId="join-error" />
          <button type="submit" className="button-primary" disabled={busy} data-testid="join-submit">
            {t('join.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
