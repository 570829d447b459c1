import type Database from 'better-sqlite3';
import type { SeatRole } from '../../../shared/api/protocol.js';
import type { VerifyFinding } from '../../../shared/record/record.js';
import type { StoredRecord } from '../record/log.js';
import { ALL_ROLES, finding, firstDifferentColumn, type EventContext, type Projection, type ProjectionVerifier, type RoutedEvent } from '../record/projection.js';
import { ACTOR_RECORD_TYPES, FoldError, foldActorRecord, type ActorRecordType } from './fold.js';
import { getActor, getAgreement, getAssignment, getConference, nextConference } from './read.js';
import { MemoryRowStore, SqliteRowStore } from './stores.js';
import { ACTOR_TABLES, ACTOR_TABLE_NAMES, type Cell } from './tables.js';

/**
 * Rebuilds every actor table in memory from the records (the same fold the writes use), then
 * compares it with the stored tables, row by row and column by column. The tables are small
 * (actors, their reports, assignments, conferences): memory is no concern.
 */
class ActorVerifier implements ProjectionVerifier {
  private readonly expected = new MemoryRowStore();
  private lastSeq: number | null = null;

  constructor(private readonly db: Database.Database) {}

  feed(record: StoredRecord, payload: unknown): VerifyFinding | null {
    this.lastSeq = record.seq;
    try {
      foldActorRecord(this.expected, record, record.type as ActorRecordType, payload);
      return null;
    } catch (err) {
      if (err instanceof FoldError) return finding('bad_payload', record.seq, { subject: record.subject });
      throw err;
    }
  }

  finish(): VerifyFinding | null {
    for (const name of ACTOR_TABLE_NAMES) {
      const table = ACTOR_TABLES[name];
      const actual = this.db.prepare<[], Cell[]>(`SELECT ${table.columns.map((c) => `"${c}"`).join(', ')} FROM ${table.name} ORDER BY ${table.key}`).raw(true).all();
      const expected = this.expected.entries(name);
      let i = 0;
      for (const row of actual) {
        const key = row[0] as number;
        const at = { table: table.name, key: `${table.key}=${key}` };
        // Both sides in key order (the key is each table's first column): an expected key below
        // this row's is missing from the table; a row whose key nothing expects, no record explains.
        const want = expected[i];
        if (want && want[0] < key) return finding('projection_missing', want[1].seq, { table: table.name, key: `${table.key}=${want[0]}` });
        if (!want || want[0] !== key) return finding('projection_extra', null, at);
        i += 1;
        const column = firstDifferentColumn(table.columns, want[1].row, row);
        if (column) return finding('projection_mismatch', want[1].seq, { ...at, column });
      }
      const rest = expected[i];
      if (rest) return finding('projection_missing', rest[1].seq, { table: table.name, key: `${table.key}=${rest[0]}` });
    }
    return null;
  }
}

const STAFF: readonly SeatRole[] = ['staff'];
const WALL: readonly SeatRole[] = ['wall'];

/** actor.changed twice: with contacts to staff seats, without to the wall. */
function actorEvents(ctx: EventContext, record: StoredRecord, id: number): RoutedEvent[] {
  const meta = { seq: record.seq, type: record.type };
  const now = ctx.now();
  const full = getActor(ctx.db, id, now, 'staff');
  const bare = getActor(ctx.db, id, now, 'wall');
  if (!full || !bare) return [];
  return [
    { event: 'actor.changed', data: { actor: full }, roles: STAFF, record: meta },
    { event: 'actor.changed', data: { actor: bare }, roles: WALL, record: meta },
  ];
}

function conferenceEvents(ctx: EventContext, record: StoredRecord, id: number): RoutedEvent[] {
  const conference = getConference(ctx.db, id);
  return conference ? [{ event: 'actor.conference', data: { conference }, roles: ALL_ROLES, record: { seq: record.seq, type: record.type } }] : [];
}

export const actorProjection: Projection<ActorRecordType> = {
  recordTypes: ACTOR_RECORD_TYPES,
  tables: ACTOR_TABLE_NAMES.map((n) => ({ name: ACTOR_TABLES[n].name, columns: ACTOR_TABLES[n].columns })),
  apply(db, record, payload) {
    foldActorRecord(new SqliteRowStore(db), record, record.type as ActorRecordType, payload);
  },
  verifier: (db) => new ActorVerifier(db),
  events(ctx, record, payload) {
    const p = payload as Record<string, unknown>;
    const meta = { seq: record.seq, type: record.type };
    switch (record.type as ActorRecordType) {
      case 'actor.registered':
      case 'actor.edited':
      case 'actor.retired':
      case 'actor.status':
        return actorEvents(ctx, record, p.actor as number);
      case 'actor.assignment_given':
      case 'actor.assignment_changed': {
        const assignment = getAssignment(ctx.db, p.assignment as number, ctx.now());
        return assignment ? [{ event: 'actor.assignment', data: { assignment }, roles: ALL_ROLES, record: meta }] : [];
      }
      case 'actor.conference_started':
      case 'actor.conference_turn':
      case 'actor.conference_report':
      case 'actor.conference_ended':
        return conferenceEvents(ctx, record, p.conference as number);
      case 'actor.agreement': {
        const agreement = getAgreement(ctx.db, p.agreement as number);
        const out: RoutedEvent[] = agreement ? [{ event: 'actor.agreement', data: { agreement }, roles: ALL_ROLES, record: meta }] : [];
        return p.conference === null ? out : [...out, ...conferenceEvents(ctx, record, p.conference as number)];
      }
      case 'actor.next_conference':
        return [{ event: 'actor.next_conference', data: { next: nextConference(ctx.db, ctx.now()) }, roles: ALL_ROLES, record: meta }];
    }
    return [];
  },
};
