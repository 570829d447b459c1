import enCli from '../../shared/locales/en/cli.json';
import svCli from '../../shared/locales/sv/cli.json';
import { ENTRY_KINDS, type EntryKind } from '../../shared/domain/journal.js';
import { CliError } from './args.js';
import { fold } from './fold.js';

/**
 * Every way to name a kind on the command line: the English identifiers and the Swedish and
 * English names the UI shows, case- and diacritics-insensitive ("åtgärd", "atgard", "Action").
 */
const KIND_BY_NAME = new Map<string, EntryKind>(
  ENTRY_KINDS.flatMap((kind) => [kind, svCli.kinds[kind], enCli.kinds[kind]].map((name) => [fold(name), kind] as const)),
);

export function parseKind(value: string): EntryKind {
  const kind = KIND_BY_NAME.get(fold(value));
  if (kind === undefined) throw new CliError('bad_kind', { value });
  return kind;
}
