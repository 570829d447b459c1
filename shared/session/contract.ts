import { z } from 'zod';
import { method } from '../api/method.js';
import { PERSON_NAME_MAX } from '../domain/person.js';
import { userText } from '../domain/text.js';

/** This seat or window: who is at it. Every record it writes from then on carries the name. */
export const sessionMethods = {
  'session.identify': method('read', z.strictObject({ name: userText(PERSON_NAME_MAX) }), z.object({ name: z.string() })),
} as const;
