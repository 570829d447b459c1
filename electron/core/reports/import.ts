import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors.js';
import { ReportDocument } from '../../../shared/reports/domain.js';
import { childText, childrenNamed } from '../xml/sequence.js';
import { parseXml, XmlError } from '../xml/tree.js';
import { documentHash } from './document.js';
import { EDXL_NS, REPORT_MIME } from './export/edxl.js';

const bad = (file: string, reason: string): ApiError => new ApiError('bad_report', `${file}: ${reason}`, { file, reason });

/** The report JSON inside an EDXL-DE envelope, its size and SHA-1 digest checked. */
function fromEnvelope(file: string, text: string): string {
  let root;
  try {
    root = parseXml(text);
  } catch (e) {
    throw bad(file, e instanceof XmlError ? `not well-formed XML (line ${e.line ?? '?'}): ${e.message}` : 'not XML');
  }
  if (root.name !== 'EDXLDistribution' || root.ns !== EDXL_NS) throw bad(file, `the root element is <${root.name}>, not an EDXL-DE 1.0 <EDXLDistribution>`);
  const content = childrenNamed(root, 'contentObject')
    .map((c) => childrenNamed(c, 'nonXMLContent')[0])
    .find((n) => n && childText(n, 'mimeType') === REPORT_MIME);
  if (!content) throw bad(file, `the envelope carries no Samlad report (${REPORT_MIME})`);
  const data = Buffer.from((childText(content, 'contentData') ?? '').replace(/\s+/g, ''), 'base64');
  const size = childText(content, 'size');
  const digest = childText(content, 'digest');
  if (size !== null && Number(size) !== data.length) throw new ApiError('report_tampered', `${file}: the content is ${data.length} bytes, the envelope says ${size}`, { file });
  if (digest === null || createHash('sha1').update(data).digest('base64') !== digest) throw new ApiError('report_tampered', `${file}: the content does not match the envelope's digest`, { file });
  return data.toString('utf8');
}

/**
 * A neighbour's frozen report from a JSON file or an EDXL-DE envelope: readable, of our schema,
 * and unaltered (its body still has the hash it was frozen with). Anything else is refused.
 */
export function readReportFile(file: string, text: string): ReportDocument {
  const trimmed = text.trimStart();
  const json = trimmed.startsWith('{') ? trimmed : fromEnvelope(file, text);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw bad(file, 'not JSON (cut off?)');
  }
  const parsed = ReportDocument.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(file, `not a Samlad lägesrapport: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'unknown shape'}`);
  }
  const { content_hash: claimed, ...rest } = parsed.data;
  if (documentHash(rest) !== claimed) throw new ApiError('report_tampered', `${file}: the report was changed after it was frozen`, { file });
  return parsed.data;
}
