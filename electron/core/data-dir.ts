import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's app.getPath('userData') gives for "Samlad", computed without Electron so
 * the CLI and the seat server use the same boards and recent list as the desktop app.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SAMLAD_DATA_DIR) return env.SAMLAD_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Samlad');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Samlad');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Samlad');
}

/** Where boards created from the UI are stored. */
export function boardsDir(dataDir: string): string {
  return join(dataDir, 'boards');
}
