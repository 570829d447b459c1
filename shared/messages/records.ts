import { z } from 'zod';
import { MessageContent, MessageKind, Template } from './domain.js';

const id = z.number().int().positive();

/**
 * The joint messages' record types. Every version is a record carrying the whole content, so any
 * version (and so the word diff between any two) is rebuilt from the record alone.
 */
export const messageRecords = {
  'message.drafted': z.strictObject({
    message: id,
    template: Template,
    kind: MessageKind,
    replaces: id.nullable(),
    content: MessageContent,
    required_actors: z.array(z.string()),
  }),
  'message.revised': z.strictObject({ message: id, version: id, content: MessageContent }),
  'message.approvers_set': z.strictObject({ message: id, required_actors: z.array(z.string()) }),
  'message.approval': z.strictObject({
    message: id,
    version: id,
    actor: z.string(),
    decision: z.enum(['approved', 'change_requested']),
    comment: z.string().nullable(),
  }),
  'message.published': z.strictObject({ message: id, version: id, channels: z.array(z.string()) }),
} as const;
