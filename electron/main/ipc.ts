import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Caller, Core } from '../core/index.js';
import { HOST_SEAT } from '../core/handler-types.js';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge.js';
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
 * The one wrapper every call goes through (as VS Code's validatedIpcMain, Electron Fiddle's
 * ipc.ts): sender check first, then core, which checks the method name against the contract and
 * parses the input with the method's zod schema. One channel for every method, whatever its name.
 */
export function wireIpc(core: Core): () => void {
  // The desktop window is the host's staff seat: it may read, write and run the room. One
  // window, one person at it.
  const caller: Caller = { role: 'staff', name: null, seat: HOST_SEAT };
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, method: unknown, input: unknown, opId: unknown): Promise<Reply<unknown>> => {
    if (!isTrustedSender(event)) return forbidden;
    try {
      return await core.dispatch(String(method), input, caller, { opId: typeof opId === 'string' ? opId : undefined });
    } catch {
      // core.dispatch answers a Reply and never throws; should it, the renderer still gets a
      // typed error rather than an Electron rejection with a main-process stack in it.
      return internal;
    }
  });
  const unsubscribe = core.onEvent(({ event, data }) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && isAppUrl(win.webContents.getURL())) win.webContents.send(IPC_EVENT_CHANNEL, { event, data });
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
