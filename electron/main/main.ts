// Electron main: lifecycle and wiring only. The board itself is core (plain Node); this file
// gives it a data folder, one hardened window, IPC and a menu.
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import path from 'node:path';
import { createCore, type Core } from '../core/index.js';
import { parseLaunchArgs } from './args.js';
import { hardenApp } from './hardening.js';
import { wireIpc } from './ipc.js';
import { buildMenu } from './menu.js';
import { openBoardPath, openBoardWithDialog } from './open-board.js';
import { handleAppProtocol, registerAppScheme } from './protocol.js';
import { createMainWindow } from './window.js';
import { attachRoom } from './room.js';
import { printToPdf } from './print-pdf.js';

const launch = parseLaunchArgs(process.argv);
// Before anything reads userData: the single-instance lock and Chromium's profile live there too,
// so a test or a second board room with its own --data-dir is its own instance.
if (launch.dataDir !== undefined) app.setPath('userData', path.resolve(launch.dataDir));
registerAppScheme();

/**
 * `npm start` builds better-sqlite3 for Electron's ABI into .cache/ (node_modules stays built for
 * Node, for the tests) and passes it here. A packaged app has it rebuilt by electron-builder.
 */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const fromEnv = process.env.SAMLAD_NATIVE_BINDING;
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : undefined;
}

/** A start that fails (e.g. the board library cannot load) says why in a dialog, not a stack. */
function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('Samlad kunde inte starta', message);
  app.exit(1);
}

function run(): void {
  let core: Core | null = null;
  let win: BrowserWindow | null = null;
  let stopIpc: () => void = () => undefined;
  let stopRoom: () => Promise<void> = () => Promise.resolve();

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (win !== null) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    // `samlad --db other.samlad` while running: open it here rather than in a second process.
    const second = parseLaunchArgs(argv);
    if (core !== null && second.db !== undefined) openBoardPath(core, path.resolve(workingDirectory, second.db), win);
  });

  // One window is the app: closing it ends the session on every platform.
  app.on('window-all-closed', () => app.quit());

  app.on('will-quit', () => {
    stopIpc();
    void stopRoom();
    // Closes the SQLite file cleanly (WAL checkpoint) before the process goes.
    core?.close();
    core = null;
  });
  // Ctrl+C in the terminal of `npm start` is a normal quit, not a kill.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app
    .whenReady()
    .then(() => {
      hardenApp();
      // main.cjs and preload.cjs sit in dist/electron, the renderer in dist/renderer.
      const opened = createCore({ dataDir: app.getPath('userData'), nativeBinding: nativeBinding(), resourcesDir: path.join(__dirname, '..', '..', 'resources'), pdf: printToPdf });
      handleAppProtocol({
        renderer: path.join(__dirname, '..', 'renderer'),
        resources: path.join(__dirname, '..', '..', 'resources'),
        tiles: (layerId, z, x, y) => opened.tile(layerId, z, x, y),
      });
      core = opened;
      stopIpc = wireIpc(opened);
      stopRoom = attachRoom(opened, { rendererDir: path.join(__dirname, '..', 'renderer'), resourcesDir: path.join(__dirname, '..', '..', 'resources') });
      Menu.setApplicationMenu(
        buildMenu({
          openBoard: () => void openBoardWithDialog(opened, win),
          developer: !app.isPackaged,
          isMac: process.platform === 'darwin',
        }),
      );
      // Before the window loads, so its first boards.current already sees the board.
      if (launch.db !== undefined) openBoardPath(opened, path.resolve(launch.db), null);
      win = createMainWindow(path.join(__dirname, 'preload.cjs'));
      win.on('closed', () => {
        win = null;
      });
    })
    .catch(fail);
}

if (app.requestSingleInstanceLock()) run();
else app.quit();
