import { z } from 'zod';
import { method } from '../api/method.js';
import { wellFormedString } from '../domain/text.js';
import { CAP_FILE_MAX_BYTES, CAP_FILE_NAME_MAX, Warning } from './domain.js';

/** Incoming CAP warnings ("Varningar"): imported from files, shown in the journal and on the map. */
export const warningMethods = {
  /** The file's text; a file that is not CAP is refused and changes nothing. */
  'warnings.importCap': method(
    'write',
    z.strictObject({ file_name: wellFormedString(CAP_FILE_NAME_MAX), xml: z.string().max(CAP_FILE_MAX_BYTES) }),
    z.object({ warning: Warning, applied: z.array(z.object({ id: z.number().int().positive(), state: z.enum(['updated', 'cancelled']) })) }),
  ),
  'warnings.list': method('read', z.strictObject({ active_only: z.boolean().default(false) }), z.object({ warnings: z.array(Warning) })),
} as const;

export const warningEvents = {
  'warning.imported': z.object({ warning: Warning }),
} as const;
