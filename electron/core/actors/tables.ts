import type { ProjectionTable } from '../record/projection.js';

/**
 * The actors capability's projection tables (migration 0050), every column in table order: the
 * fold (fold.ts) builds rows in this order, and verify compares each column.
 */
export const ACTOR_TABLES = {
  actor: {
    name: 'actor',
    key: 'id',
    columns: ['id', 'name', 'type', 'contacts', 'liaison', 'rakel_group', 'our_contact', 'report_interval_min', 'retired', 'origin', 'registered_at', 'status_record', 'record_seq'],
  },
  status: {
    name: 'actor_status',
    key: 'record_seq',
    columns: ['record_seq', 'actor', 'level', 'situation', 'needs', 'offers', 'reported_at', 'reported_by', 'by', 'journal_seq', 'conference'],
  },
  assignment: {
    name: 'actor_assignment',
    key: 'id',
    columns: ['id', 'actor', 'what', 'due_at', 'decision', 'status', 'note', 'given_at', 'given_by', 'changed_at', 'journal_seq', 'record_seq'],
  },
  conference: {
    name: 'actor_conference',
    key: 'id',
    columns: ['id', 'kind', 'attendees', 'started_at', 'started_by', 'ended_at', 'current_turn', 'next_at', 'journal_seq', 'record_seq'],
  },
  turn: {
    name: 'actor_conference_turn',
    key: 'record_seq',
    columns: ['record_seq', 'conference', 'actor', 'started_at', 'ended_at', 'report_seq'],
  },
  agreement: {
    name: 'actor_agreement',
    key: 'id',
    columns: ['id', 'conference', 'journal_seq', 'text', 'beslut_i_stort', 'assignments', 'decided_at', 'by', 'record_seq'],
  },
  next: {
    name: 'actor_next_conference',
    key: 'id',
    columns: ['id', 'at', 'kind', 'record_seq'],
  },
} as const satisfies Record<string, ProjectionTable & { key: string }>;

export type ActorTableName = keyof typeof ACTOR_TABLES;
export const ACTOR_TABLE_NAMES = Object.keys(ACTOR_TABLES) as ActorTableName[];

/** A stored value as SQLite returns it: TEXT, INTEGER or NULL. */
export type Cell = string | number | null;

/** Index of a column in its table's row. */
export function col(table: ActorTableName, column: string): number {
  const i = (ACTOR_TABLES[table].columns as readonly string[]).indexOf(column);
  if (i < 0) throw new Error(`${ACTOR_TABLES[table].name} has no column ${column}`);
  return i;
}
