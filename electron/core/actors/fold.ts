import type { RecordPayload } from '../../../shared/api/records.js';
import { canonicalJsonOf } from '../db/canonical-json.js';
import type { StoredRecord } from '../record/log.js';
import { col, type ActorTableName, type Cell } from './tables.js';

export type ActorRecordType =
  | 'actor.registered'
  | 'actor.edited'
  | 'actor.retired'
  | 'actor.status'
  | 'actor.assignment_given'
  | 'actor.assignment_changed'
  | 'actor.conference_started'
  | 'actor.conference_turn'
  | 'actor.conference_report'
  | 'actor.agreement'
  | 'actor.conference_ended'
  | 'actor.next_conference';

export const ACTOR_RECORD_TYPES: readonly ActorRecordType[] = [
  'actor.registered',
  'actor.edited',
  'actor.retired',
  'actor.status',
  'actor.assignment_given',
  'actor.assignment_changed',
  'actor.conference_started',
  'actor.conference_turn',
  'actor.conference_report',
  'actor.agreement',
  'actor.conference_ended',
  'actor.next_conference',
];

/**
 * Where the fold reads and writes rows: the SQLite tables when a record is written
 * (projection.apply), or memory when verify rebuilds them from the records to compare. One fold
 * for both, so what verify expects is exactly what the write stored.
 */
export interface RowStore {
  get(table: ActorTableName, key: number): Cell[] | undefined;
  put(table: ActorTableName, key: number, row: Cell[], seq: number): void;
  maxKey(table: ActorTableName): number | null;
}

/** A record the fold cannot place (an edit of an actor that does not exist …): verify reports it. */
export class FoldError extends Error {}

function must(store: RowStore, table: ActorTableName, key: number): Cell[] {
  const row = store.get(table, key);
  if (!row) throw new FoldError(`${table} ${key} does not exist`);
  return [...row];
}

function set(row: Cell[], table: ActorTableName, values: Record<string, Cell>): Cell[] {
  for (const [column, value] of Object.entries(values)) row[col(table, column)] = value;
  return row;
}

const json = (v: unknown): string => canonicalJsonOf(v);
const flag = (b: boolean): number => (b ? 1 : 0);

type Details = Pick<RecordPayload<'actor.registered'>, 'name' | 'type' | 'contacts' | 'liaison' | 'rakel_group' | 'our_contact' | 'report_interval_min'>;
const detailCells = (p: Details): Record<string, Cell> => ({
  name: p.name,
  type: p.type,
  contacts: json(p.contacts),
  liaison: p.liaison,
  rakel_group: p.rakel_group,
  our_contact: p.our_contact,
  report_interval_min: p.report_interval_min,
});

/** Ends the turn under way in a conference row (returns the row with no current turn). */
function endCurrentTurn(store: RowStore, conference: Cell[], at: string, seq: number): void {
  const current = conference[col('conference', 'current_turn')];
  if (typeof current !== 'number') return;
  const turn = must(store, 'turn', current);
  store.put('turn', current, set(turn, 'turn', { ended_at: at }), seq);
  set(conference, 'conference', { current_turn: null });
}

/** Applies one actor.* record to the projection rows. */
export function foldActorRecord(store: RowStore, r: StoredRecord, type: ActorRecordType, payload: unknown): void {
  const at = r.occurred_at;
  switch (type) {
    case 'actor.registered': {
      const p = payload as RecordPayload<'actor.registered'>;
      if (store.get('actor', p.actor)) throw new FoldError(`actor ${p.actor} registered twice`);
      const row = set(new Array<Cell>(13).fill(null), 'actor', {
        id: p.actor,
        ...detailCells(p),
        retired: 0,
        origin: p.origin,
        registered_at: at,
        status_record: null,
        record_seq: r.seq,
      });
      store.put('actor', p.actor, row, r.seq);
      return;
    }
    case 'actor.edited': {
      const p = payload as RecordPayload<'actor.edited'>;
      store.put('actor', p.actor, set(must(store, 'actor', p.actor), 'actor', { ...detailCells(p), record_seq: r.seq }), r.seq);
      return;
    }
    case 'actor.retired': {
      const p = payload as RecordPayload<'actor.retired'>;
      store.put('actor', p.actor, set(must(store, 'actor', p.actor), 'actor', { retired: flag(p.retired), record_seq: r.seq }), r.seq);
      return;
    }
    case 'actor.status': {
      const p = payload as RecordPayload<'actor.status'>;
      const actor = must(store, 'actor', p.actor);
      store.put('status', r.seq, [r.seq, p.actor, p.level, p.situation, p.needs, p.offers, at, p.reported_by, r.by, p.journal_seq, p.conference], r.seq);
      store.put('actor', p.actor, set(actor, 'actor', { status_record: r.seq, record_seq: r.seq }), r.seq);
      return;
    }
    case 'actor.assignment_given': {
      const p = payload as RecordPayload<'actor.assignment_given'>;
      must(store, 'actor', p.actor);
      if (store.get('assignment', p.assignment)) throw new FoldError(`assignment ${p.assignment} given twice`);
      store.put('assignment', p.assignment, [p.assignment, p.actor, p.what, p.due_at, p.decision, 'given', null, at, r.by, at, p.journal_seq, r.seq], r.seq);
      return;
    }
    case 'actor.assignment_changed': {
      const p = payload as RecordPayload<'actor.assignment_changed'>;
      const row = must(store, 'assignment', p.assignment);
      store.put('assignment', p.assignment, set(row, 'assignment', { status: p.status, note: p.note, changed_at: at, journal_seq: p.journal_seq, record_seq: r.seq }), r.seq);
      return;
    }
    case 'actor.conference_started': {
      const p = payload as RecordPayload<'actor.conference_started'>;
      if (store.get('conference', p.conference)) throw new FoldError(`conference ${p.conference} started twice`);
      store.put('conference', p.conference, [p.conference, p.kind, json(p.attendees), at, r.by, null, null, null, p.journal_seq, r.seq], r.seq);
      return;
    }
    case 'actor.conference_turn': {
      const p = payload as RecordPayload<'actor.conference_turn'>;
      const conference = must(store, 'conference', p.conference);
      endCurrentTurn(store, conference, at, r.seq);
      store.put('turn', r.seq, [r.seq, p.conference, p.actor, at, null, null], r.seq);
      store.put('conference', p.conference, set(conference, 'conference', { current_turn: r.seq, record_seq: r.seq }), r.seq);
      return;
    }
    case 'actor.conference_report': {
      const p = payload as RecordPayload<'actor.conference_report'>;
      const conference = must(store, 'conference', p.conference);
      const current = conference[col('conference', 'current_turn')];
      const turn = typeof current === 'number' ? must(store, 'turn', current) : null;
      if (!turn || turn[col('turn', 'actor')] !== p.actor) throw new FoldError(`report by actor ${p.actor} outside its turn`);
      store.put('turn', current as number, set(turn, 'turn', { report_seq: p.journal_seq }), r.seq);
      store.put('conference', p.conference, set(conference, 'conference', { record_seq: r.seq }), r.seq);
      return;
    }
    case 'actor.agreement': {
      const p = payload as RecordPayload<'actor.agreement'>;
      if (store.get('agreement', p.agreement)) throw new FoldError(`agreement ${p.agreement} twice`);
      const bis = p.beslut_i_stort === null ? null : json(p.beslut_i_stort);
      store.put('agreement', p.agreement, [p.agreement, p.conference, p.journal_seq, p.text, bis, json(p.assignments), at, r.by, r.seq], r.seq);
      if (p.conference !== null) {
        const conference = must(store, 'conference', p.conference);
        store.put('conference', p.conference, set(conference, 'conference', { record_seq: r.seq }), r.seq);
      }
      return;
    }
    case 'actor.conference_ended': {
      const p = payload as RecordPayload<'actor.conference_ended'>;
      const conference = must(store, 'conference', p.conference);
      endCurrentTurn(store, conference, at, r.seq);
      store.put('conference', p.conference, set(conference, 'conference', { ended_at: at, record_seq: r.seq }), r.seq);
      return;
    }
    case 'actor.next_conference': {
      const p = payload as RecordPayload<'actor.next_conference'>;
      store.put('next', 1, [1, p.at, p.kind, r.seq], r.seq);
      // The next time belongs to the latest conference's protokoll too.
      const latest = store.maxKey('conference');
      if (latest !== null) {
        const conference = must(store, 'conference', latest);
        store.put('conference', latest, set(conference, 'conference', { next_at: p.at, record_seq: r.seq }), r.seq);
      }
      return;
    }
  }
}
