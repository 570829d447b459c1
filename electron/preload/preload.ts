// The sandboxed preload: window.samlad, one typed call for every method and the event
// subscription, nothing else. It may require only 'electron' (esbuild inlines the rest), so it
// imports types and the channel names only — no zod here; main and core check every call.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type SamladBridge } from '../../shared/api/bridge.js';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.js';
import type { Reply } from '../../shared/api/errors.js';
import type { AnyEvent } from '../../shared/api/events.js';

const bridge = {
  invoke: <M extends MethodName>(method: M, input: MethodInput<M>, opId?: string): Promise<Reply<MethodOutput<M>>> =>
    // Main answers every call with a Reply of the method's output (core checks the name).
    ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input, opId) as Promise<Reply<MethodOutput<M>>>,

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
