import { z } from 'zod';
import { method } from '../api/method.js';
import { wellFormedString } from '../domain/text.js';
import { EditReportInput, ExportFormat, ReceivedReport, Recipient, Report, REPORT_FILE_MAX_BYTES, SaveRecipientInput, SendReportInput } from './domain.js';

const Number_ = z.strictObject({ number: z.number().int().positive() });

/** Lägesrapporter: compose from the picture, edit, freeze, export; a neighbour's come in. */
export const reportMethods = {
  'reports.create': method('write', z.strictObject({}), Report),
  'reports.edit': method('write', EditReportInput, Report),
  /** Immutable from here on; logged as an outgoing journal entry. */
  'reports.freeze': method('write', Number_, Report),
  'reports.list': method('read', z.strictObject({}), z.object({ reports: z.array(Report), received: z.array(ReceivedReport) })),
  'reports.get': method('read', Number_, Report),
  /** A frozen report as a file: JSON (docs/report-schema.md), printable HTML, or an EDXL-DE 1.0 envelope. */
  'reports.export': method('read', z.strictObject({ number: z.number().int().positive(), format: ExportFormat }), z.object({ file_name: z.string(), mime_type: z.string(), text: z.string() })),
  /** A frozen report as PDF (A4, printed from its HTML by the PDF printer the host gave core), base64. */
  'reports.pdf': method('read', Number_, z.object({ file_name: z.string(), mime_type: z.literal('application/pdf'), base64: z.string() })),
  /** The address book of outbox folders (host paths: staff seats only). */
  'reports.recipients': method('staff', z.strictObject({}), z.object({ recipients: z.array(Recipient) })),
  'reports.saveRecipient': method('write', SaveRecipientInput, Recipient),
  'reports.removeRecipient': method('write', z.strictObject({ id: z.number().int().positive() }), z.object({ id: z.number().int().positive() })),
  /** Skicka: the export written into the recipient's folder whole or not at all, and recorded. */
  'reports.send': method('write', SendReportInput, Report),
  /** A neighbour's report (JSON or EDXL-DE); a bad, foreign, tampered or older one changes nothing. */
  'reports.import': method(
    'write',
    z.strictObject({ file_name: wellFormedString(255), text: z.string().max(REPORT_FILE_MAX_BYTES) }),
    ReceivedReport,
  ),
} as const;

export const reportEvents = {
  'report.changed': z.object({ report: Report }),
  'report.received': z.object({ received: ReceivedReport }),
} as const;
