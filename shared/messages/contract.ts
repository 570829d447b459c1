import { z } from 'zod';
import { method } from '../api/method.js';
import { ApprovalInput, CreateMessageInput, Message, MessageVersion, PublishInput, ReviseMessageInput, SetApproversInput } from './domain.js';
import { WordDiff } from './diff.js';

const Id = z.strictObject({ id: z.number().int().positive() });

/**
 * Joint messages. Drafts are for staff seats only: a wall seat's reads show published messages,
 * and draft events never reach it (the server filters; see electron/core/messages/projection.ts).
 */
export const messageMethods = {
  'messages.create': method('write', CreateMessageInput, Message),
  /** A saved change is a new version; approvals start again for it. */
  'messages.revise': method('write', ReviseMessageInput, Message),
  'messages.setApprovers': method('write', SetApproversInput, Message),
  /** What an actor said about a version: approved, or a change requested with a comment. */
  'messages.approve': method('write', ApprovalInput, Message),
  /** Only when every required actor has approved the current version. */
  'messages.publish': method('write', PublishInput, Message),
  'messages.list': method('read', z.strictObject({}), z.object({ messages: z.array(Message) })),
  'messages.get': method('read', Id, z.object({ message: Message, versions: z.array(MessageVersion) })),
  /** Word by word, between any two versions of one message. */
  'messages.diff': method(
    'read',
    z.strictObject({ id: z.number().int().positive(), from: z.number().int().positive(), to: z.number().int().positive() }),
    z.object({ diff: WordDiff }),
  ),
  /** The CAP 1.2 alert of a published message, as XML text. */
  'messages.exportCap': method('read', Id, z.object({ xml: z.string(), file_name: z.string() })),
} as const;

export const messageEvents = {
  /** A message was created, revised, approved or published. Drafts: staff seats only. */
  'message.changed': z.object({ message: Message }),
} as const;
