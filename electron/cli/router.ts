import { APP_VERSION } from '../../shared/version.js';
import { CliError, wantsHelp } from './args.js';
import { journalAdd, journalList, newBoard, type Io } from './commands.js';
import { mapExport, mapImport, mapList } from './map-commands.js';
import { head, verify } from './record-commands.js';
import { serve } from './serve.js';

export interface Context {
  /** The built renderer the seat server serves (dist/renderer). */
  rendererDir: string;
  /** resources/ (shipped data), served read-only under /resources/. */
  resourcesDir: string;
  /** The built worker that checks the hash chain beside the main thread (verify). */
  chainWorker: string;
}

interface Command {
  /** The words that name it: `samlad journal add …` is ['journal', 'add']. */
  words: readonly string[];
  /** Its usage text in cli.json, `help.<key>`: the first line is the synopsis. */
  help: string;
  run: (args: string[], io: Io, context: Context) => Promise<number>;
}

/** Every command: a new one is one row here and one `help.<key>` text in each cli.json. */
export const COMMANDS: readonly Command[] = [
  { words: ['new'], help: 'new', run: newBoard },
  { words: ['serve'], help: 'serve', run: (args, io, context) => serve(args, io, context) },
  { words: ['journal', 'add'], help: 'journal_add', run: journalAdd },
  { words: ['journal', 'list'], help: 'journal_list', run: journalList },
  { words: ['verify'], help: 'verify', run: (args, io, context) => verify(args, io, context.chainWorker) },
  { words: ['head'], help: 'head', run: head },
  { words: ['map', 'import'], help: 'map_import', run: mapImport },
  { words: ['map', 'list'], help: 'map_list', run: mapList },
  { words: ['map', 'export'], help: 'map_export', run: mapExport },
];

const synopsis = (command: Command, io: Io): string => io.tr.t(`help.${command.help}`).split('\n')[0] ?? '';

/** The overview: each command's synopsis (of the given ones), and how to get more. */
function usage(commands: readonly Command[], io: Io): string {
  return [io.tr.t('usage'), ...commands.map((c) => `  ${synopsis(c, io)}`), io.tr.t('usage_more')].join('\n');
}

function startsWith(argv: readonly string[], words: readonly string[]): boolean {
  return words.every((word, i) => argv[i] === word);
}

/** Finds the command argv names and runs it, or prints usage; returns the exit code. */
export async function route(argv: string[], io: Io, context: Context): Promise<number> {
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(usage(COMMANDS, io));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version') {
    io.out(APP_VERSION);
    return 0;
  }
  const command = COMMANDS.find((c) => startsWith(argv, c.words));
  if (command) {
    const args = argv.slice(command.words.length);
    if (wantsHelp(args)) {
      io.out(`${io.tr.t('usage')} ${io.tr.t(`help.${command.help}`)}`);
      return 0;
    }
    return command.run(args, io, context);
  }
  // `samlad journal` alone or with an unknown subcommand: show that group's commands.
  const group = COMMANDS.filter((c) => c.words.length > 1 && c.words[0] === first);
  if (group.length > 0 && (argv.length === 1 || wantsHelp(argv.slice(1)))) {
    io.out(usage(group, io));
    return argv.length === 1 ? 2 : 0;
  }
  const named = group.length > 0 ? argv.slice(0, 2) : argv.slice(0, 1);
  throw new CliError('unknown_command', { command: named.join(' ') });
}
