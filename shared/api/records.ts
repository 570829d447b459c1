import type { z } from 'zod';
import { actorRecords } from '../actors/records.js';
import { boardRecords } from '../boards/records.js';
import { journalRecords } from '../journal/records.js';
import { mapRecords } from '../map/records.js';
import { messageRecords } from '../messages/records.js';
import { reportRecords } from '../reports/records.js';
import { warningRecords } from '../warnings/records.js';
import { wallRecords } from '../wall/records.js';

/** Every record type of the board and its payload's schema, each capability contributing its own. */
export const RECORD_TYPES = {
  ...boardRecords,
  ...journalRecords,
  ...mapRecords,
  ...messageRecords,
  ...warningRecords,
  ...reportRecords,
  ...actorRecords,
  ...wallRecords,
} as const;

export type RecordTypes = typeof RECORD_TYPES;
export type RecordTypeName = keyof RecordTypes;
export type RecordPayload<T extends RecordTypeName> = z.output<RecordTypes[T]>;

export function isRecordType(name: string): name is RecordTypeName {
  return Object.prototype.hasOwnProperty.call(RECORD_TYPES, name);
}
