import { createHash } from 'node:crypto';
import type { BoardInfo } from '../../../shared/domain/board.js';
import { REPORT_SCHEMA, type Report, type ReportBody, type ReportDocument, type ReportSchema } from '../../../shared/reports/domain.js';
import { canonicalJsonOf } from '../db/canonical-json.js';

/**
 * sha256 of the RFC 8785 canonical JSON of the whole document but its own hash: who sent it, its
 * number, when and by whom it was frozen, the head and the body. What freezing fixes and an import
 * checks, so neither the text nor the sender can be changed unnoticed.
 */
export function documentHash(doc: Omit<ReportDocument, 'content_hash'>): string {
  return createHash('sha256').update(canonicalJsonOf(doc), 'utf8').digest('hex');
}

/**
 * The schema a report's document has: a report drafted before the map snapshot (schema 2) has no
 * `map` in its body and stays schema 1, so the hash it was frozen with still holds.
 */
export function schemaOf(body: ReportBody): ReportSchema {
  return body.map === undefined ? 'samlad.lagesrapport/1' : REPORT_SCHEMA;
}

export function boardIdentity(board: BoardInfo): ReportDocument['board'] {
  return { id: board.id, name: board.name, kommun_code: board.kommun_code, kommun_name: board.kommun_name, exercise: board.exercise };
}

/** A frozen report as the document a neighbour receives. */
export function reportDocument(report: Report, board: BoardInfo): ReportDocument {
  if (report.status !== 'frozen' || !report.frozen_at || !report.frozen_by || !report.content_hash || !report.head) {
    throw new Error(`report ${report.number} is not frozen`);
  }
  return {
    schema: schemaOf(report.body),
    board: boardIdentity(board),
    number: report.number,
    frozen_at: report.frozen_at,
    frozen_by: report.frozen_by,
    head: report.head,
    content_hash: report.content_hash,
    body: report.body,
  };
}
