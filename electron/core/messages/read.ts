import type Database from 'better-sqlite3';
import type { Approval, Message, MessageContent, MessageVersion } from '../../../shared/messages/domain.js';
import { statement } from '../db/statements.js';

interface MessageRow {
  id: number;
  template: Message['template'];
  kind: Message['kind'];
  replaces: number | null;
  required_actors: string;
  created_at: string;
  created_by: string;
  published_version: number | null;
  published_at: string | null;
  published_by: string | null;
  published_channels: string | null;
}

interface VersionRow {
  version: number;
  content: string;
  saved_at: string;
  saved_by: string;
}

const MESSAGE = `SELECT id, template, kind, replaces, required_actors, created_at, created_by, published_version,
  published_at, published_by, published_channels FROM message`;
const LATEST_VERSION = 'SELECT version, content, saved_at, saved_by FROM message_version WHERE message = ? ORDER BY version DESC LIMIT 1';
const APPROVALS = `SELECT actor, decision, comment, recorded_by, recorded_at FROM message_approval
  WHERE message = ? AND version = ? ORDER BY record_seq`;
const REPLACED_BY = 'SELECT min(id) AS id FROM message WHERE replaces = ? AND published_at IS NOT NULL';

// Stored by the projection from a payload its record schema checked.
const parseContent = (json: string): MessageContent => JSON.parse(json) as MessageContent;
const parseList = (json: string | null): string[] => (json === null ? [] : (JSON.parse(json) as string[]));

/** Per required actor, the last thing they said about this version (waiting when nothing). */
function approvalsFor(db: Database.Database, id: number, version: number, required: readonly string[]): Approval[] {
  const latest = new Map<string, Approval>();
  for (const r of statement<[number, number], { actor: string; decision: 'approved' | 'change_requested'; comment: string | null; recorded_by: string; recorded_at: string }>(db, APPROVALS).all(id, version)) {
    latest.set(r.actor, { actor: r.actor, state: r.decision, comment: r.comment, recorded_by: r.recorded_by, recorded_at: r.recorded_at });
  }
  return required.map((actor) => latest.get(actor) ?? { actor, state: 'waiting', comment: null, recorded_by: null, recorded_at: null });
}

function fromRow(db: Database.Database, row: MessageRow): Message {
  const latest = statement<[number], VersionRow>(db, LATEST_VERSION).get(row.id);
  if (!latest) throw new Error(`message ${row.id} has no version`);
  const required = parseList(row.required_actors);
  const approvals = approvalsFor(db, row.id, latest.version, required);
  return {
    id: row.id,
    template: row.template,
    kind: row.kind,
    replaces: row.replaces,
    status: row.published_at === null ? 'draft' : 'published',
    version: latest.version,
    content: parseContent(latest.content),
    required_actors: required,
    approvals,
    missing: approvals.filter((a) => a.state !== 'approved').map((a) => a.actor),
    created_at: row.created_at,
    created_by: row.created_by,
    saved_at: latest.saved_at,
    saved_by: latest.saved_by,
    published_at: row.published_at,
    published_by: row.published_by,
    published_channels: parseList(row.published_channels),
    replaced_by: statement<[number], { id: number | null }>(db, REPLACED_BY).get(row.id)?.id ?? null,
  };
}

export function readMessage(db: Database.Database, id: number): Message | null {
  const row = statement<[number], MessageRow>(db, `${MESSAGE} WHERE id = ?`).get(id);
  return row ? fromRow(db, row) : null;
}

/** Newest first; a wall seat gets published messages only (drafts never leave the staff). */
export function listMessages(db: Database.Database, publishedOnly: boolean): Message[] {
  const sql = `${MESSAGE} ${publishedOnly ? 'WHERE published_at IS NOT NULL' : ''} ORDER BY id DESC`;
  return statement<[], MessageRow>(db, sql).all().map((r) => fromRow(db, r));
}

export function messageVersions(db: Database.Database, id: number): MessageVersion[] {
  return statement<[number], VersionRow>(db, 'SELECT version, content, saved_at, saved_by FROM message_version WHERE message = ? ORDER BY version')
    .all(id)
    .map((v) => ({ version: v.version, content: parseContent(v.content), saved_at: v.saved_at, saved_by: v.saved_by }));
}
