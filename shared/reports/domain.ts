import { z } from 'zod';
import { optionalUserText, userText } from '../domain/text.js';

/**
 * Lägesrapport: a numbered, frozen snapshot of the picture sent to neighbouring actors. Its JSON
 * form is documented in docs/report-schema.md (schema "samlad.lagesrapport/2"); what a neighbour's
 * Samlad imports is exactly that document.
 */

/** Version 2 added the map snapshot (`body.map`); version 1 documents are still read. */
export const REPORT_SCHEMA = 'samlad.lagesrapport/2';
export const REPORT_SCHEMAS = ['samlad.lagesrapport/1', REPORT_SCHEMA] as const;
export type ReportSchema = (typeof REPORT_SCHEMAS)[number];
export const SECTION_TEXT_MAX = 20_000;
export const REPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** The nine headings Swedish actors use, in their order (the kit's DESIGN.md). */
export const SECTION_KEYS = ['event', 'consequences', 'actions_taken', 'actions_planned', 'resources', 'actors', 'assessment', 'communication', 'next_report'] as const;
export const SectionKey = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof SectionKey>;

export const SECTION_TITLES_SV: Record<SectionKey, string> = {
  event: '1 Händelse och sammanfattning',
  consequences: '2 Konsekvenser',
  actions_taken: '3 Vidtagna åtgärder',
  actions_planned: '4 Planerade åtgärder',
  resources: '5 Resurser och behov av stöd',
  actors: '6 Berörda aktörer och deras läge',
  assessment: '7 Bedömning och prognos',
  communication: '8 Kommunikation',
  next_report: '9 Nästa rapport',
};

const Head = z.object({ seq: z.number().int().nonnegative(), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export const ReportEntry = z.object({
  seq: z.number().int().positive(),
  kind: z.string(),
  text: z.string(),
  actor: z.string().nullable(),
  occurred_at: z.string(),
  significant: z.boolean(),
  /** New since the previous report. */
  new: z.boolean(),
});

export const ReportActor = z.object({
  name: z.string(),
  /** The actor's kind (`crisis_management` is the sending kommun's own krisledning). */
  type: z.string(),
  /** normal | heightened | staff | activated. */
  level: z.string(),
  situation: z.string().nullable(),
  needs: z.string().nullable(),
  offers: z.string().nullable(),
  reported_at: z.string().nullable(),
  new: z.boolean(),
});

export const ReportMessage = z.object({ id: z.number().int().positive(), headline: z.string(), published_at: z.string(), channels: z.array(z.string()), new: z.boolean() });

export const ReportFeature = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  category: z.string(),
  status: z.string(),
  /** RFC 7946 geometry in WGS84. */
  geometry: z.unknown(),
  new: z.boolean(),
});

/** The map snapshot's SVG, at most (a bounded picture, not the whole map). */
export const MAP_SVG_MAX = 2_000_000;

/**
 * The current picture as a self-contained SVG (no script, no external reference; shown only as an
 * image), drawn by the sending board when the report was composed and frozen with it.
 */
export const ReportMap = z.object({
  svg: z.string().max(MAP_SVG_MAX).startsWith('<svg'),
  /** What it shows, WGS84 [west, south, east, north]. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** The grid it is drawn in (SWEREF 99 TM). */
  projection: z.string().max(40),
  /** Features drawn, and features left out (over the cap, or without a usable geometry). */
  drawn: z.number().int().nonnegative(),
  left_out: z.number().int().nonnegative(),
});
export type ReportMap = z.infer<typeof ReportMap>;

/** The facts a report was composed from, and the nine sections' texts. */
export const ReportBody = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  sections: z.array(z.object({ key: SectionKey, title: z.string(), text: z.string() })).length(SECTION_KEYS.length),
  entries: z.array(ReportEntry),
  actors: z.array(ReportActor),
  messages: z.array(ReportMessage),
  features: z.array(ReportFeature),
  /** Since schema 2; null when there was nothing to draw (no boundary data, no feature). */
  map: ReportMap.nullable().optional(),
});
export type ReportBody = z.infer<typeof ReportBody>;

/** The exported document (JSON), as a neighbour receives it. */
export const ReportDocument = z.strictObject({
  schema: z.enum(REPORT_SCHEMAS),
  board: z.strictObject({ id: z.string().min(1).max(100), name: z.string().max(200), kommun_code: z.string().regex(/^\d{4}$/), kommun_name: z.string().max(100), exercise: z.boolean() }),
  number: z.number().int().positive(),
  frozen_at: z.string(),
  frozen_by: z.string(),
  /** The board's head when it was frozen: `samlad verify --expect-head` proves the board still holds it. */
  head: Head,
  /** sha256 of the RFC 8785 canonical JSON of `body`. */
  content_hash: z.string().regex(/^[0-9a-f]{64}$/),
  body: ReportBody,
});
export type ReportDocument = z.infer<typeof ReportDocument>;

export const Report = z.object({
  number: z.number().int().positive(),
  status: z.enum(['draft', 'frozen']),
  body: ReportBody,
  created_at: z.string(),
  created_by: z.string(),
  frozen_at: z.string().nullable(),
  frozen_by: z.string().nullable(),
  content_hash: z.string().nullable(),
  head: Head.nullable(),
  /** Headings with no text: warned about before freezing. */
  empty_sections: z.array(SectionKey),
  sent: z.array(z.object({ recipient: z.string(), file: z.string(), format: z.string(), sent_at: z.string(), by: z.string() })),
});
export type Report = z.infer<typeof Report>;

export const ReceivedReport = z.object({
  id: z.number().int().positive(),
  sender_board: z.string(),
  sender: z.string(),
  number: z.number().int().positive(),
  document: ReportDocument,
  received_at: z.string(),
  received_by: z.string(),
});
export type ReceivedReport = z.infer<typeof ReceivedReport>;

export const EditReportInput = z.strictObject({
  number: z.number().int().positive(),
  sections: z.array(z.strictObject({ key: SectionKey, text: optionalUserText(SECTION_TEXT_MAX).transform((s) => s ?? '') })).max(SECTION_KEYS.length),
});

export const EXPORT_FORMATS = ['json', 'html', 'edxl'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const RecipientName = userText(200);
/** An outbox folder on the host (a shared network folder, a USB stick): an absolute path. */
export const FOLDER_MAX = 1_000;

export const Recipient = z.object({ id: z.number().int().positive(), name: z.string(), folder: z.string() });
export type Recipient = z.infer<typeof Recipient>;

export const SaveRecipientInput = z.strictObject({
  /** Left out: a new recipient. */
  id: z.number().int().positive().optional(),
  name: RecipientName,
  folder: userText(FOLDER_MAX),
});

export const SendReportInput = z.strictObject({
  number: z.number().int().positive(),
  recipient: z.number().int().positive(),
  format: ExportFormat.default('edxl'),
});
