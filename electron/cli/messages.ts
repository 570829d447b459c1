import { NAMESPACES } from '../../shared/locales/namespaces.js';
import type { ApiErrorShape } from '../../shared/api/errors.js';
import { fillTemplate } from '../../shared/locales/fill.js';

type Tree = { [key: string]: string | Tree };
type Vars = Record<string, string | number | boolean | null | undefined>;

/** Swedish unless the environment asks for English (SAMLAD_LANG, or LC_ALL / LANG starting with en). */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): 'sv' | 'en' {
  const asked = env.SAMLAD_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/**
 * The CLI speaks from the shared namespaces: its own lines (`cli`, the default), the API's error
 * texts, and a capability's own CLI words by `namespace:key` (`actors:cli.imported`, `map:import.…`),
 * as i18next writes it.
 */
const catalogs: Record<'sv' | 'en', { cli: Tree; errors: Tree; actors: Tree; map: Tree }> = {
  sv: { cli: NAMESPACES.cli.sv, errors: NAMESPACES.errors.sv, actors: NAMESPACES.actors.sv, map: NAMESPACES.map.sv },
  en: { cli: NAMESPACES.cli.en, errors: NAMESPACES.errors.en, actors: NAMESPACES.actors.en, map: NAMESPACES.map.en },
};
type CatalogName = keyof (typeof catalogs)['sv'];
const isCatalog = (ns: string): ns is CatalogName => ns === 'cli' || ns === 'errors' || ns === 'actors' || ns === 'map';

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
  const fill = (text: string, vars: Vars): string => fillTemplate(text, vars, 'empty');
  const t = (key: string, vars: Vars = {}): string => {
    const colon = key.indexOf(':');
    const ns = colon > 0 ? key.slice(0, colon) : 'cli';
    const tree = isCatalog(ns) ? catalogs[lang][ns] : catalogs[lang].cli;
    return fill(lookup(tree, colon > 0 ? key.slice(colon + 1) : key) ?? key, vars);
  };
  const map = (key: string, vars: Vars = {}): string => t(`map:${key}`, vars);
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
