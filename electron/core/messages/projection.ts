import type Database from 'better-sqlite3';
import type { RecordPayload } from '../../../shared/api/records.js';
import type { SeatRole } from '../../../shared/api/protocol.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import { statement } from '../db/statements.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, type Projection } from '../record/projection.js';
import { ReplayVerifier, type KeyedTable } from '../record/replay-verifier.js';
import { readMessage } from './read.js';

type MessageRecordType = 'message.drafted' | 'message.revised' | 'message.approvers_set' | 'message.approval' | 'message.published';

const TABLES: KeyedTable[] = [
  {
    name: 'message',
    key: ['id'],
    columns: ['id', 'template', 'kind', 'replaces', 'required_actors', 'created_at', 'created_by', 'published_version', 'published_at', 'published_by', 'published_channels', 'record_seq'],
  },
  { name: 'message_version', key: ['message', 'version'], columns: ['message', 'version', 'content', 'saved_at', 'saved_by', 'record_seq'] },
  { name: 'message_approval', key: ['record_seq'], columns: ['record_seq', 'message', 'version', 'actor', 'decision', 'comment', 'recorded_by', 'recorded_at'] },
];

const json = (v: unknown): string => canonicalJsonOf(v);
const STAFF_ONLY: readonly SeatRole[] = ['staff'];

function apply(db: Database.Database, record: StoredRecord, payload: unknown): void {
  const addVersion = (message: number, version: number, content: unknown): void => {
    statement(db, 'INSERT INTO message_version (message, version, content, saved_at, saved_by, record_seq) VALUES (?, ?, ?, ?, ?, ?)').run(
      message, version, json(content), record.recorded_at, record.by, record.seq,
    );
  };
  const touch = (message: number): void => {
    statement(db, 'UPDATE message SET record_seq = ? WHERE id = ?').run(record.seq, message);
  };
  switch (record.type as MessageRecordType) {
    case 'message.drafted': {
      const p = payload as RecordPayload<'message.drafted'>;
      statement(db, `INSERT INTO message (id, template, kind, replaces, required_actors, created_at, created_by, record_seq)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(p.message, p.template, p.kind, p.replaces, json(p.required_actors), record.recorded_at, record.by, record.seq);
      addVersion(p.message, 1, p.content);
      return;
    }
    case 'message.revised': {
      const p = payload as RecordPayload<'message.revised'>;
      addVersion(p.message, p.version, p.content);
      touch(p.message);
      return;
    }
    case 'message.approvers_set': {
      const p = payload as RecordPayload<'message.approvers_set'>;
      statement(db, 'UPDATE message SET required_actors = ?, record_seq = ? WHERE id = ?').run(json(p.required_actors), record.seq, p.message);
      return;
    }
    case 'message.approval': {
      const p = payload as RecordPayload<'message.approval'>;
      statement(db, `INSERT INTO message_approval (record_seq, message, version, actor, decision, comment, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(record.seq, p.message, p.version, p.actor, p.decision, p.comment, record.by, record.recorded_at);
      touch(p.message);
      return;
    }
    case 'message.published': {
      const p = payload as RecordPayload<'message.published'>;
      statement(db, 'UPDATE message SET published_version = ?, published_at = ?, published_by = ?, published_channels = ?, record_seq = ? WHERE id = ?').run(
        p.version, record.occurred_at, record.by, json(p.channels), record.seq, p.message,
      );
      return;
    }
  }
}

export const messageProjection: Projection<MessageRecordType> = {
  recordTypes: ['message.drafted', 'message.revised', 'message.approvers_set', 'message.approval', 'message.published'],
  tables: TABLES,
  apply,
  verifier: (db) => new ReplayVerifier(db, TABLES, apply),
  events(ctx, record, payload) {
    const { message: id } = payload as { message: number };
    const message = readMessage(ctx.db, id);
    if (!message) return [];
    // A draft is for the staff: a wall seat never receives one (the server filters by role).
    const roles = message.status === 'published' ? ALL_ROLES : STAFF_ONLY;
    return [{ event: 'message.changed', data: { message }, roles, record: { seq: record.seq, type: record.type } }];
  },
};
