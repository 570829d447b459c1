import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalog, LANGUAGES, NAMESPACE_NAMES, type Catalog, type Language } from '../../../shared/locales/namespaces';

export { LANGUAGES, type Language };
const STORAGE_KEY = 'samlad.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'board';
    resources: Catalog;
  }
}

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

/** Swedish is the board's language; English is a choice each seat keeps in localStorage. */
export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { sv: catalog('sv'), en: catalog('en') },
    lng: storedLanguage(),
    fallbackLng: 'sv',
    ns: NAMESPACE_NAMES,
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
