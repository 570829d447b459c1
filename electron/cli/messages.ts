import { NAMESPACES } from '../../shared/locales/namespaces.js';
import type { ApiErrorShape } from '../../shared/api/errors.js';

type Tree = { [key: string]: string | Tree };
type Vars = Record<string, string | number | boolean | null | undefined>;

/** Swedish unless the environment asks for English (SAMLAD_LANG, or LC_ALL / LANG starting with en). */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'sv' | 'en' {
  const asked = env.SAMLAD_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** The CLI speaks from three of the shared namespaces: its own lines, the API's error texts, the map's words. */
const catalogs: Record<'sv' | 'en', { cli: Tree; errors: Tree; map: Tree }> = {
  sv: { cli: NAMESPACES.cli.sv, errors: NAMESPACES.errors.sv, map: NAMESPACES.map.sv },
  en: { cli: NAMESPACES.cli.en, errors: NAMESPACES.errors.en, map: NAMESPACES.map.en },
};

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Why core could not open a file, as `unreadable.<key>` in cli.json. Core's reason is English
 * (often SQLite's own words); the CLI says it in the user's language so a line is never half and half.
 */
function unreadableReason(reason: unknown): string {
  if (reason === 'file not found') return 'not_found';
  if (reason === 'not a Samlad board file') return 'not_samlad';
  if (reason === 'no board details') return 'no_details';
  if (typeof reason === 'string' && /not a database|file is encrypted/.test(reason)) return 'not_database';
  return 'other';
}

/** The CLI's strings come from the same locale files as the UI, with i18next's {{var}} syntax. */
export function translator(lang: 'sv' | 'en') {
  const fill = (text: string, vars: Vars): string =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  const t = (key: string, vars: Vars = {}): string => fill(lookup(catalogs[lang].cli, key) ?? key, vars);
  const map = (key: string, vars: Vars = {}): string => fill(lookup(catalogs[lang].map, key) ?? key, vars);
  /** A refused import in the user's words: what (map.json import.problem), where, then the detail as found. */
  const importReason = (d: Vars): string => {
    const where = [
      typeof d.feature_index === 'number' ? map('import.where_feature', { index: d.feature_index }) : null,
      typeof d.line === 'number' ? map('import.where_line', { line: d.line }) : null,
      typeof d.path === 'string' && d.path !== '' ? d.path : null,
    ].filter((w) => w !== null);
    const what = map(`import.problem.${String(d.problem)}`, { max: Number(d.max ?? 0) });
    return `${what}${where.length > 0 ? ` (${where.join(', ')})` : ''}: ${String(d.detail ?? '')}`;
  };
  return {
    t,
    map,
    error: (error: ApiErrorShape): string => {
      const vars: Vars = { ...error.details };
      if (error.code === 'board_unreadable') vars.reason = t(`unreadable.${unreadableReason(vars.reason)}`);
      if (error.code === 'import_invalid') vars.reason = importReason(vars);
      return fill(lookup(catalogs[lang].errors, error.code) ?? error.message, vars);
    },
  };
}
export type Translator = ReturnType<typeof translator>;
