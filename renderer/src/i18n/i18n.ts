import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enBoard from '../../../shared/locales/en/board.json';
import enErrors from '../../../shared/locales/en/errors.json';
import enSession from '../../../shared/locales/en/session.json';
import svBoard from '../../../shared/locales/sv/board.json';
import svErrors from '../../../shared/locales/sv/errors.json';
import svSession from '../../../shared/locales/sv/session.json';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'samlad.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'board';
    resources: { board: typeof svBoard; errors: typeof svErrors; session: typeof svSession };
  }
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

/** Swedish is the board's language; English is a choice each seat keeps in localStorage. */
export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: {
      sv: { board: svBoard, errors: svErrors, session: svSession },
      en: { board: enBoard, errors: enErrors, session: enSession },
    },
    lng: storedLanguage(),
    fallbackLng: 'sv',
    ns: ['board', 'errors', 'session'],
    defaultNS: 'board',
    // React escapes text itself; user text never goes through i18next as HTML.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

export function setLanguage(lng: Language): void {
  localStorage.setItem(STORAGE_KEY, lng);
  void i18next.changeLanguage(lng);
}
