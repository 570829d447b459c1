import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/index.js';
import { IPC_EVENT_CHANNEL, ipcChannel } from '../../shared/api/bridge.js';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract.js';
import type { Reply } from '../../shared/api/errors.js';
import { isAppUrl } from './app-origin.js';

/**
 * Whether an IPC message comes from the main frame of one of our windows showing our own pages.
 * A subframe, a page that somehow navigated elsewhere, or a destroyed frame is refused.
 */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  const win = BrowserWindow.fromWebContents(event.sender);
  if (win === null || win.webContents.mainFrame !== frame) return false;
  return isAppUrl(frame.url);
}

const forbidden: Reply<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'IPC call from an untrusted frame' },
};

const internal: Reply<never> = {
  ok: false,
  error: { code: 'internal', message: 'The call failed in the main process' },
};

/**
 * The one wrapper every channel goes through (as VS Code's validatedIpcMain, Electron Fiddle's
 * ipc.ts): sender check first, then core, which parses the input with the method's zod schema.
 */
function handleValidated(method: MethodName, core: Core): void {
  ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Reply<unknown>> => {
    if (!isTrustedSender(event)) return forbidden;
    try {
      // The desktop window is a staff seat: it may read and write.
      return await core.dispatch(method, input, { role: 'staff' });
    } catch {
      // core.dispatch answers a Reply and never throws; should it, the renderer still gets a
      // typed error rather than an Electron rejection with a main-process stack in it.
      return internal;
    }
  });
}

/** Wires every method of the contract to core and pushes core's events to our windows. */
export function wireIpc(core: Core): () => void {
  for (const method of METHOD_NAMES) handleValidated(method, core);
  const unsubscribe = core.onEvent((event) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && isAppUrl(win.webContents.getURL())) win.webContents.send(IPC_EVENT_CHANNEL, event);
    }
  });
  return () => {
    unsubscribe();
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
}
