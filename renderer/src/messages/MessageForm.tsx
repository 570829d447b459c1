import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CAP_CATEGORIES, CAP_CERTAINTIES, CAP_SEVERITIES, CAP_URGENCIES, MESSAGE_LANGUAGES, type MessageLanguage, type MessageText } from '../../../shared/messages/domain';
import { CHANNELS, emptyText, type Draft } from './content';
import { MapAreas } from './MapAreas';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** A new message also names who must approve it (later changed in the approvals). */
  withActors: boolean;
  boardId: string;
}

/** The fields of one version: texts per language, audience, channels, area and CAP's values. */
export function MessageForm({ draft, onChange, withActors, boardId }: Props) {
  const { t } = useTranslation('messages');
  const id = useId();
  const set = (patch: Partial<Draft>): void => onChange({ ...draft, ...patch });
  const setText = (lang: MessageLanguage, patch: Partial<MessageText>): void => {
    const was = draft.texts[lang] ?? emptyText();
    set({ texts: { ...draft.texts, [lang]: { ...was, ...patch } } });
  };
  const toggleLanguage = (lang: MessageLanguage): void => {
    const { [lang]: present, ...others } = draft.texts;
    set({ texts: present ? { ...others, sv: draft.texts.sv } : { ...draft.texts, [lang]: emptyText() } });
  };
  const toggleChannel = (c: string): void => set({ channels: draft.channels.includes(c) ? draft.channels.filter((x) => x !== c) : [...draft.channels, c] });

  return (
    <div className="message-form">
      {MESSAGE_LANGUAGES.map((lang) => {
        const text = draft.texts[lang];
        const name = t(`form.${lang}`);
        if (!text) return null;
        return (
          <fieldset key={lang} className="message-language" data-testid={`message-text-${lang}`}>
            <legend>{name}</legend>
            <label className="field">
              {t('form.headline')}
              <input value={text.headline} maxLength={200} onChange={(e) => setText(lang, { headline: e.target.value })} data-testid={`message-headline-${lang}`} />
            </label>
            <label className="field">
              {t('form.body')}
              <textarea value={text.body} rows={6} maxLength={10_000} onChange={(e) => setText(lang, { body: e.target.value })} data-testid={`message-body-${lang}`} />
            </label>
            <label className="field">
              {t('form.instruction')}
              <textarea value={text.instruction ?? ''} rows={2} maxLength={2_000} onChange={(e) => setText(lang, { instruction: e.target.value || null })} />
            </label>
            {lang !== 'sv' && (
              <button type="button" className="button-quiet" onClick={() => toggleLanguage(lang)}>
                {t('form.removeLanguage', { language: name })}
              </button>
            )}
          </fieldset>
        );
      })}
      <div className="message-row">
        {MESSAGE_LANGUAGES.filter((l) => l !== 'sv' && !draft.texts[l]).map((lang) => (
          <button key={lang} type="button" onClick={() => toggleLanguage(lang)} data-testid={`message-add-${lang}`}>
            {t('form.addLanguage', { language: t(`form.${lang}`) })}
          </button>
        ))}
      </div>
      <label className="field">
        {t('form.audience')}
        <input value={draft.audience} maxLength={200} onChange={(e) => set({ audience: e.target.value })} />
      </label>
      <fieldset className="message-channels">
        <legend>{t('form.channels')}</legend>
        {CHANNELS.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={draft.channels.includes(c)} onChange={() => toggleChannel(c)} />
            <span>{t(`channel.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('form.kommuner')}
        <input value={draft.kommuner} onChange={(e) => set({ kommuner: e.target.value })} aria-describedby={`${id}-kommun-hint`} data-testid="message-kommuner" />
        <span id={`${id}-kommun-hint`} className="muted message-hint">
          {t('form.kommunerHint')}
        </span>
      </label>
      <MapAreas boardId={boardId} shapes={draft.shapes} onChange={(shapes) => set({ shapes })} />
      <fieldset className="message-cap">
        <legend>{t('form.cap')}</legend>
        <label className="field">
          {t('form.categories')}
          <select value={draft.cap.categories[0]} onChange={(e) => set({ cap: { ...draft.cap, categories: [e.target.value as (typeof CAP_CATEGORIES)[number]] } })}>
            {CAP_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`capValue.${c}`)}
              </option>
            ))}
          </select>
        </label>
        {(
          [
            ['urgency', CAP_URGENCIES],
            ['severity', CAP_SEVERITIES],
            ['certainty', CAP_CERTAINTIES],
          ] as const
        ).map(([field, values]) => (
          <label key={field} className="field">
            {t(`form.${field}`)}
            <select value={draft.cap[field]} onChange={(e) => set({ cap: { ...draft.cap, [field]: e.target.value } })}>
              {values.map((v) => (
                <option key={v} value={v}>
                  {t(`capValue.${v}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {withActors && (
        <label className="field">
          {t('form.actors')}
          <input value={draft.actors} onChange={(e) => set({ actors: e.target.value })} data-testid="message-actors" />
        </label>
      )}
    </div>
  );
}
