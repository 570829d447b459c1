import { z } from 'zod';
import { BoardInfo, BoardMode, CreateBoardInput, RecentBoard } from '../domain/board.js';
import {
  AppendInput,
  CorrectInput,
  JournalEntry,
  JournalEntryView,
  JournalQuery,
  ListInput,
  ListOutput,
  VerifyResult,
} from '../domain/journal.js';

/**
 * read: any seat, the wall display included. write: staff seats and the desktop window only.
 * staff-read: changes nothing, but shows what only staff may see (paths on this machine).
 */
export type Access = 'read' | 'staff-read' | 'write';

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly access: Access;
  readonly input: I;
  readonly output: O;
}

function method<I extends z.ZodType, O extends z.ZodType>(access: Access, input: I, output: O): MethodSpec<I, O> {
  return { access, input, output };
}

const Empty = z.strictObject({});

/**
 * The whole API: every call any seat or window can make. Core implements each in its handler
 * table; IPC and the seat server expose exactly this; docs/api.md documents it.
 */
export const METHODS = {
  'boards.current': method('read', Empty, z.object({ board: BoardInfo.nullable() })),
  'boards.recent': method('staff-read', Empty, z.object({ boards: z.array(RecentBoard) })),
  'boards.create': method('write', CreateBoardInput, BoardInfo),
  'boards.open': method('write', z.strictObject({ id: z.string().max(100) }), BoardInfo),
  'boards.close': method('write', Empty, z.object({})),
  /** Normal staff work ↔ krisledning activated; the change is logged as a significant decision. */
  'boards.setMode': method('write', z.strictObject({ mode: BoardMode }), BoardInfo),

  'journal.append': method('write', AppendInput, JournalEntry),
  'journal.correct': method('write', CorrectInput, JournalEntry),
  'journal.list': method('read', ListInput, ListOutput),
  'journal.get': method('read', z.strictObject({ seq: z.number().int().positive() }), JournalEntryView),
  /** Where an entry stands in the list for a query (0 = first), so the UI can scroll to it. */
  'journal.position': method(
    'read',
    z.strictObject({ seq: z.number().int().positive(), query: JournalQuery.default({}) }),
    z.object({ index: z.number().int().nonnegative().nullable() }),
  ),
  'journal.actors': method('read', Empty, z.object({ actors: z.array(z.string()) })),
  'journal.verify': method('read', Empty, VerifyResult),
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
