import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from './i18n';

/** sv / en toggle in the header; the choice persists per seat. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.language === lng}
          onClick={() => setLanguage(lng)}
          data-testid={`lang-${lng}`}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
