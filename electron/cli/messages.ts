import enCli from '../../shared/locales/en/cli.json';
import enErrors from '../../shared/locales/en/errors.json';
import svCli from '../../shared/locales/sv/cli.json';
import svErrors from '../../shared/locales/sv/errors.json';
import type { ApiErrorShape } from '../../shared/api/errors.js';

type Tree = { [key: string]: string | Tree };
type Vars = Record<string, string | number | boolean | null | undefined>;

/** Swedish unless the environment asks for English (SAMLAD_LANG, or LC_ALL / LANG starting with en). */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'sv' | 'en' {
  const asked = env.SAMLAD_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

const catalogs: Record<'sv' | 'en', { cli: Tree; errors: Tree }> = {
  sv: { cli: svCli, errors: svErrors },
  en: { cli: enCli, errors: enErrors },
};

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The CLI's strings come from the same locale files as the UI, with i18next's {{var}} syntax. */
export function translator(lang: 'sv' | 'en') {
  const fill = (text: string, vars: Vars): string =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  return {
    t: (key: string, vars: Vars = {}): string => fill(lookup(catalogs[lang].cli, key) ?? key, vars),
    error: (error: ApiErrorShape): string =>
      fill(lookup(catalogs[lang].errors, error.code) ?? error.message, { ...error.details }),
  };
}
export type Translator = ReturnType<typeof translator>;
