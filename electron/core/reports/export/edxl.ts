import { createHash } from 'node:crypto';
import type { ReportDocument } from '../../../../shared/reports/domain.js';
import { escapeMarkup } from '../../xml/escape.js';

export const EDXL_NS = 'urn:oasis:names:tc:emergency:EDXL:DE:1.0';
export const REPORT_MIME = 'application/vnd.samlad.lagesrapport+json';

const esc = escapeMarkup;
/** xsd:dateTime in UTC without fraction. */
const dateTime = (iso: string): string => `${new Date(iso).toISOString().slice(0, 19)}Z`;

export interface Attachment {
  description: string;
  mimeType: string;
  data: Buffer;
}

function contentObject(a: Attachment): string {
  // EDXL-DE 1.0 §3.3.2: the digest is SHA-1 of the content, base64; the JSON also carries its own sha256.
  const digest = createHash('sha1').update(a.data).digest('base64');
  return `  <contentObject>
    <contentDescription>${esc(a.description)}</contentDescription>
    <nonXMLContent>
      <mimeType>${esc(a.mimeType)}</mimeType>
      <size>${a.data.length}</size>
      <digest>${digest}</digest>
      <contentData>${a.data.toString('base64')}</contentData>
    </nonXMLContent>
  </contentObject>
`;
}

/**
 * An EDXL-DE 1.0 envelope carrying the report's JSON, its map snapshot as an SVG (for a receiver
 * that is not Samlad; the JSON holds the same picture) and, given, its PDF, as non-XML content
 * with size and digest; validated against EDXL-DE_Schema_v1.0.xsd in the tests.
 */
export function edxlEnvelope(doc: ReportDocument, json: string, pdf: Buffer | null = null): string {
  const attachments: Attachment[] = [{ description: `Lägesrapport nr ${doc.number} (JSON, ${doc.schema})`, mimeType: REPORT_MIME, data: Buffer.from(json, 'utf8') }];
  if (doc.body.map) attachments.push({ description: `Lägesrapport nr ${doc.number}: kartbild (SVG, ${doc.body.map.projection})`, mimeType: 'image/svg+xml', data: Buffer.from(doc.body.map.svg, 'utf8') });
  if (pdf) attachments.push({ description: `Lägesrapport nr ${doc.number} (PDF)`, mimeType: 'application/pdf', data: pdf });
  return `<?xml version="1.0" encoding="UTF-8"?>
<EDXLDistribution xmlns="${EDXL_NS}">
  <distributionID>samlad-${esc(doc.board.id)}-lagesrapport-${doc.number}</distributionID>
  <senderID>samlad.kommun-${doc.board.kommun_code}@${esc(doc.board.id)}</senderID>
  <dateTimeSent>${dateTime(doc.frozen_at)}</dateTimeSent>
  <distributionStatus>${doc.board.exercise ? 'Exercise' : 'Actual'}</distributionStatus>
  <distributionType>Report</distributionType>
  <combinedConfidentiality>UNCLASSIFIED AND NOT SENSITIVE</combinedConfidentiality>
  <language>sv-SE</language>
  <targetArea>
    <country>SE</country>
  </targetArea>
${attachments.map(contentObject).join('')}</EDXLDistribution>
`;
}
