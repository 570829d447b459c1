// npm start [-- --db FILE | --data-dir DIR]: the desktop app when Electron is there, otherwise
// the same board in the system browser through the seat server. Never a stack trace: a crisis
// staff member may be the one reading this terminal.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from './ensure-build.mjs';
import { findElectronBinary, prepareElectronNative, ROOT, tryInstallElectron } from './electron-binary.mjs';

const args = process.argv.slice(2);
/** Notices go to stderr: stdout carries only what the child prints (the staff address first). */
const say = (line) => process.stderr.write(`${line}\n`);

const NO_ELECTRON =
  'Electron finns inte på den här datorn (kunde inte hämtas) – öppnar lägesbilden i webbläsarläge. / ' +
  'Electron is not available (could not be downloaded) – opening the board in browser mode.';
const NO_NATIVE =
  'Databasmodulen kunde inte byggas för Electron (kräver internet) – öppnar lägesbilden i webbläsarläge. / ' +
  'The database module could not be built for Electron (needs the internet) – opening the board in browser mode.';

/** Passes SIGINT/SIGTERM on to the child and leaves with its exit code. */
function follow(child) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (err) => {
    say(`Samlad kunde inte starta: ${err.message} / Samlad could not start: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

/**
 * The seat server with `--open`: it prints the staff's and the wall's addresses, labelled, and
 * opens the staff address in the system browser, or says that no browser could be opened.
 */
function browserMode() {
  const server = spawn(process.execPath, [path.join(ROOT, 'dist/cli.cjs'), 'serve', '--open', ...args], {
    cwd: process.cwd(),
    stdio: 'inherit',
  });
  follow(server);
}

function electronMode(binary, nativeBinding) {
  const env = { ...process.env, SAMLAD_NATIVE_BINDING: nativeBinding };
  // Set by some tools; it would make Electron behave as plain Node and ignore main.cjs's app.
  delete env.ELECTRON_RUN_AS_NODE;
  const app = spawn(binary, [path.join(ROOT, 'dist/electron/main.cjs'), ...args], { cwd: process.cwd(), stdio: 'inherit', env });
  follow(app);
}

function main() {
  if (!ensureBuilt()) {
    say('Bygget misslyckades – se felen ovan. / The build failed – see the errors above.');
    process.exit(1);
  }
  let binary = findElectronBinary();
  // One try at Electron's own download; SAMLAD_SKIP_ELECTRON_DOWNLOAD=1 skips it (offline PCs, tests).
  if (binary === null && process.env.SAMLAD_SKIP_ELECTRON_DOWNLOAD !== '1' && tryInstallElectron()) {
    binary = findElectronBinary();
  }
  if (binary === null) {
    say(NO_ELECTRON);
    browserMode();
    return;
  }
  const fromEnv = process.env.SAMLAD_NATIVE_BINDING;
  const nativeBinding = fromEnv ? fromEnv : prepareElectronNative(ROOT, say);
  if (nativeBinding === null) {
    say(NO_NATIVE);
    browserMode();
    return;
  }
  electronMode(binary, nativeBinding);
}

try {
  main();
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  say(`Samlad kunde inte starta: ${message} / Samlad could not start: ${message}`);
  process.exit(1);
}
