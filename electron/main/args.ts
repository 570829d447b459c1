// The command line of the Electron app: the same --db / --data-dir words as the CLI's `serve`,
// so `npm start -- --db FILE` means the same in Electron and in browser mode.

export interface LaunchArgs {
  /** A board file to open at start (the user typed it: same trust as a dialog in main). */
  db?: string;
  /** Use this folder instead of the OS app-data folder (tests, a second board room on one PC). */
  dataDir?: string;
}

const FLAGS = { '--db': 'db', '--data-dir': 'dataDir' } as const satisfies Record<string, keyof LaunchArgs>;
type Flag = keyof typeof FLAGS;

function isFlag(word: string): word is Flag {
  return Object.prototype.hasOwnProperty.call(FLAGS, word);
}

/**
 * Reads --db FILE / --db=FILE and --data-dir DIR / --data-dir=DIR anywhere in argv. Everything
 * else (the Electron binary, the main script, Chromium switches, --port from browser mode) is
 * ignored: Electron and Chromium put their own words in argv.
 */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const out: LaunchArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    const eq = word.indexOf('=');
    const name = eq === -1 ? word : word.slice(0, eq);
    if (!isFlag(name)) continue;
    if (eq !== -1) {
      const value = word.slice(eq + 1);
      if (value !== '') out[FLAGS[name]] = value;
      continue;
    }
    const next = argv[i + 1];
    // '--db --data-dir X' is a missing value, not a file called '--data-dir'.
    if (next !== undefined && next !== '' && !next.startsWith('--')) {
      out[FLAGS[name]] = next;
      i++;
    }
  }
  return out;
}
