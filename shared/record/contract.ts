import { z } from 'zod';
import { method } from '../api/method.js';
import { RecordHead, Verification } from './record.js';

const Empty = z.strictObject({});

/** The record itself: where its chain stands, and what the background check found. */
export const recordMethods = {
  'record.head': method('read', Empty, z.object({ head: RecordHead.nullable() })),
  'record.verification': method('read', Empty, z.object({ verification: Verification.nullable() })),
} as const;

export const recordEvents = {
  /** Progress and result of the check that runs in the background when a board opens. */
  'record.verification': z.object({ verification: Verification }),
} as const;
