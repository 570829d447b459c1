import type { MethodInput, MethodName, MethodOutput } from './contract.js';
import type { Reply } from './errors.js';
import type { AnyEvent } from './events.js';

/** 'journal.append' → 'journalAppend': the preload's method name for each call. */
export type BridgeName<M extends string> = M extends `${infer Area}.${infer Verb}` ? `${Area}${Capitalize<Verb>}` : never;

/**
 * window.samlad in the Electron window: one method per API call plus the event subscription.
 * The preload builds it `satisfies SamladBridge`, so a call missing or extra fails typecheck.
 */
export type SamladBridge = {
  readonly [M in MethodName as BridgeName<M>]: (input: MethodInput<M>) => Promise<Reply<MethodOutput<M>>>;
} & {
  readonly onEvent: (listener: (event: AnyEvent) => void) => () => void;
};

/** The IPC channel of a method: the method name itself, prefixed so no other channel collides. */
export function ipcChannel(method: MethodName): `samlad:${MethodName}` {
  return `samlad:${method}`;
}
export const IPC_EVENT_CHANNEL = 'samlad:event';
