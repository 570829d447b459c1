import { z } from 'zod';
import { ActorLevel, ActorType, AssignmentStatus, ConferenceKind } from '../domain/actor.js';

const id = z.number().int().positive();
const text = z.string();
const maybe = z.string().nullable();

/** One contact as stored (every field present, null when not given). */
const StoredContact = z.strictObject({ name: maybe, role: maybe, phone: maybe, email: maybe });

/** Everything about an actor but its status: registered and edited as a whole. */
const details = {
  name: text,
  type: ActorType,
  contacts: z.array(StoredContact),
  liaison: maybe,
  rakel_group: maybe,
  our_contact: maybe,
  report_interval_min: z.number().int().positive(),
};

/**
 * The actors capability's record types. Subjects: `actor/<id>`, `assignment/<id>`,
 * `conference/<id>`, `agreement/<id>`, `conference/next`. Each projection row in
 * electron/core/actors/ is rebuilt from these payloads plus the record's own times and by.
 */
export const actorRecords = {
  /** A new actor; `origin` says whether the board seeded it, a person added it, or a CSV import. */
  'actor.registered': z.strictObject({ actor: id, origin: z.enum(['seed', 'person', 'import']), ...details }),
  /** Renamed or edited: the actor's whole details after the change. */
  'actor.edited': z.strictObject({ actor: id, ...details }),
  /** Retired (kept, never deleted) or brought back. */
  'actor.retired': z.strictObject({ actor: id, retired: z.boolean() }),
  /** A status report (aktörsläge); occurred_at is when the actor reported. */
  'actor.status': z.strictObject({
    actor: id,
    level: ActorLevel,
    situation: maybe,
    needs: maybe,
    offers: maybe,
    reported_by: text,
    /** The automatic journal entry written beside it. */
    journal_seq: id,
    conference: id.nullable(),
  }),
  'actor.assignment_given': z.strictObject({
    assignment: id,
    actor: id,
    what: text,
    due_at: maybe,
    decision: id.nullable(),
    journal_seq: id,
  }),
  'actor.assignment_changed': z.strictObject({ assignment: id, status: AssignmentStatus, note: maybe, journal_seq: id }),
  'actor.conference_started': z.strictObject({ conference: id, kind: ConferenceKind, attendees: z.array(id), journal_seq: id }),
  /** An actor's turn began at the record's occurred_at (the previous turn ended then). */
  'actor.conference_turn': z.strictObject({ conference: id, actor: id }),
  /** An actor's report in a conference: its journal entry (the status record carries the rest). */
  'actor.conference_report': z.strictObject({ conference: id, actor: id, journal_seq: id }),
  'actor.agreement': z.strictObject({
    agreement: id,
    conference: id.nullable(),
    text,
    journal_seq: id,
    beslut_i_stort: z
      .strictObject({
        intent: text,
        achieve: maybe,
        responsibilities: maybe,
        until: maybe,
        decided_by: maybe,
        agreeing: z.array(id),
      })
      .nullable(),
    /** Assignment ids given from it in the same write. */
    assignments: z.array(id),
  }),
  'actor.conference_ended': z.strictObject({ conference: id, journal_seq: id }),
  /** The next conference's time (null: none planned). */
  'actor.next_conference': z.strictObject({ at: maybe, kind: ConferenceKind.nullable() }),
} as const;
