import type { MethodInput, MethodName, MethodOutput } from './contract.js';
import type { Reply } from './errors.js';
import type { AnyEvent } from './events.js';

/**
 * window.samlad in the Electron window: one generic, typed call for every method of the contract
 * (however many parts its name has) and the event subscription. Main checks the sender and the
 * method name against the contract; core parses the input.
 */
export interface SamladBridge {
  /** opId: one per user action, so a call repeated after a dropped link writes nothing twice. */
  readonly invoke: <M extends MethodName>(method: M, input: MethodInput<M>, opId?: string) => Promise<Reply<MethodOutput<M>>>;
  readonly onEvent: (listener: (event: AnyEvent) => void) => () => void;
}

/** The one IPC channel for calls, and the one for pushed events. */
export const IPC_INVOKE_CHANNEL = 'samlad:invoke';
export const IPC_EVENT_CHANNEL = 'samlad:event';

/** An op_id as a client makes it (a UUID); checked at every entrance. */
export const OP_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
