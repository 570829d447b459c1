import { z } from 'zod';
import { ReportBody, ReportDocument, SectionKey } from './domain.js';

const report = z.number().int().positive();

export const reportRecords = {
  /** A new report, composed from the board (its facts and the sections' first texts). */
  'report.drafted': z.strictObject({ report, body: ReportBody }),
  'report.edited': z.strictObject({ report, sections: z.array(z.strictObject({ key: SectionKey, text: z.string() })) }),
  /** Frozen: from here on immutable; carries its content hash and the board's head before it. */
  'report.frozen': z.strictObject({ report, content_hash: z.string(), head: z.strictObject({ seq: z.number().int().nonnegative(), hash: z.string() }) }),
  'report.sent': z.strictObject({ report, recipient: z.string(), file: z.string(), format: z.string() }),
  /** An address-book entry: who, and the outbox folder their copy goes to. */
  'report.recipient_saved': z.strictObject({ recipient: report, name: z.string(), folder: z.string() }),
  'report.recipient_removed': z.strictObject({ recipient: report }),
  /** A neighbour's frozen report, as it came. */
  'report.received': z.strictObject({ received: z.number().int().positive(), document: ReportDocument }),
} as const;
