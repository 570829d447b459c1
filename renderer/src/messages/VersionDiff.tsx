import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_LANGUAGES, type MessageLanguage, type MessageVersion } from '../../../shared/messages/domain';
import type { WordDiff } from '../../../shared/messages/diff';
import { stockholmDateTime } from '../../../shared/time';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';

const FIELDS = ['headline', 'body', 'instruction', 'audience'] as const;

/** Any two versions, word by word: removed words struck through, added ones underlined (not colour alone). */
export function VersionDiff({ id, versions }: { id: number; versions: readonly MessageVersion[] }) {
  const { t } = useTranslation('messages');
  const last = versions[versions.length - 1]?.version ?? 1;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const [diff, setDiff] = useState<WordDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (versions.length < 2) return null;

  async function show(): Promise<void> {
    setError(null);
    try {
      setDiff((await call('messages.diff', { id, from, to })).diff);
    } catch (e) {
      setError(errorText(e));
    }
  }

  const changed = diff?.filter((f) => f.parts.some((p) => p.op !== 'same')) ?? [];
  const label = (v: MessageVersion): string => t('versions.savedBy', { version: v.version, by: v.saved_by, when: stockholmDateTime(v.saved_at) });
  return (
    <section className="message-section" aria-labelledby={`versions-${id}`}>
      <h3 id={`versions-${id}`}>{t('versions.title')}</h3>
      <div className="message-row">
        {(
          [
            ['from', from, setFrom],
            ['to', to, setTo],
          ] as const
        ).map(([key, value, set]) => (
          <label key={key} className="field-inline">
            <span>{t(`versions.${key}`)}</span>
            <select value={value} onChange={(e) => set(Number(e.target.value))} data-testid={`diff-${key}`}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {label(v)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" onClick={() => void show()} data-testid="diff-show">
          {t('versions.show')}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {diff && changed.length === 0 && <p className="muted">{t('versions.noChange')}</p>}
      {changed.map((f) => {
        const [first = '', second] = f.field.split('.');
        const lang = MESSAGE_LANGUAGES.find((l): l is MessageLanguage => l === first) ?? null;
        const field = FIELDS.find((x) => x === (second ?? first)) ?? 'body';
        return (
          <div key={f.field} className="diff-field" data-testid="diff-field">
            <h4>
              {t(`versions.field.${field}`)}
              {lang && ` (${t(`form.${lang}`)})`}
            </h4>
            <p className="diff-text">
              {f.parts.map((p, i) =>
                p.op === 'same' ? (
                  <span key={i}>{p.text}</span>
                ) : p.op === 'removed' ? (
                  <del key={i} title={t('versions.removed')}>
                    {p.text}
                  </del>
                ) : (
                  <ins key={i} title={t('versions.added')}>
                    {p.text}
                  </ins>
                ),
              )}
            </p>
          </div>
        );
      })}
    </section>
  );
}
