import { z } from 'zod';
import { CapAlert } from './domain.js';

export const warningRecords = {
  /** A CAP alert read from a file; its references are applied by the projection. */
  'warning.imported': z.strictObject({ warning: z.number().int().positive(), file_name: z.string(), alert: CapAlert }),
} as const;
