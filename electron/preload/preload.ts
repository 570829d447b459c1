// The sandboxed preload: window.samlad, one named method per API call, nothing else. It may
// require only 'electron' (esbuild inlines the rest), so it imports types and the tiny channel
// helper only — no zod here; main and core validate.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, ipcChannel, type SamladBridge } from '../../shared/api/bridge.js';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.js';
import type { Reply } from '../../shared/api/errors.js';
import type { AnyEvent } from '../../shared/api/events.js';

/** One typed call. The reply's shape is main's promise (core answers a Reply for every method). */
function call<M extends MethodName>(method: M): (input: MethodInput<M>) => Promise<Reply<MethodOutput<M>>> {
  const channel = ipcChannel(method);
  return (input) => ipcRenderer.invoke(channel, input) as Promise<Reply<MethodOutput<M>>>;
}

const bridge = {
  boardsCurrent: call('boards.current'),
  boardsRecent: call('boards.recent'),
  boardsCreate: call('boards.create'),
  boardsOpen: call('boards.open'),
  boardsClose: call('boards.close'),
  boardsSetMode: call('boards.setMode'),

  journalAppend: call('journal.append'),
  journalCorrect: call('journal.correct'),
  journalList: call('journal.list'),
  journalGet: call('journal.get'),
  journalPosition: call('journal.position'),
  journalActors: call('journal.actors'),
  journalVerify: call('journal.verify'),

  onEvent: (listener: (event: AnyEvent) => void): (() => void) => {
    // The page gets the event only: never the IpcRendererEvent (it carries `sender`, ipcRenderer).
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as AnyEvent);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
} satisfies SamladBridge;

contextBridge.exposeInMainWorld('samlad', bridge);
