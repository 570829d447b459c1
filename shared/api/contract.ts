import type { z } from 'zod';
import { actorMethods } from '../actors/contract.js';
import { boardMethods } from '../boards/contract.js';
import { journalMethods } from '../journal/contract.js';
import { mapMethods } from '../map/contract.js';
import { messageMethods } from '../messages/contract.js';
import { reportMethods } from '../reports/contract.js';
import { warningMethods } from '../warnings/contract.js';
import { recordMethods } from '../record/contract.js';
import { sessionMethods } from '../session/contract.js';
import { roomMethods } from '../room/contract.js';

export type { Access } from './method.js';

/**
 * The whole API: every call any seat or window can make, each capability contributing its own
 * (shared/<capability>/contract.ts). Core implements each in its handler table; IPC and the seat
 * server expose exactly this; docs/api.md documents it.
 */
export const METHODS = {
  ...sessionMethods,
  ...recordMethods,
  ...boardMethods,
  ...journalMethods,
  ...mapMethods,
  ...messageMethods,
  ...warningMethods,
  ...reportMethods,
  ...actorMethods,
  ...roomMethods,
} as const;

export type Methods = typeof METHODS;
export type MethodName = keyof Methods;
export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];

/** What a caller sends (defaults may be left out). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives after parsing (defaults filled, texts trimmed). */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(METHODS, name);
}
