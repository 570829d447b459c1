import { z } from 'zod';
import { method } from '../api/method.js';
import {
  Actor,
  ActorStatus,
  AddActorInput,
  AgreeInput,
  Agreement,
  Assignment,
  AssignInput,
  AssignmentQuery,
  AssignmentStatusInput,
  Conference,
  EndConferenceInput,
  ImportInput,
  NextConference,
  ReportInput,
  SetNextInput,
  SetStatusInput,
  StartConferenceInput,
  TurnInput,
  UpdateActorInput,
} from '../domain/actor.js';
import { JournalEntry } from '../domain/journal.js';

const Empty = z.strictObject({});
const ById = z.strictObject({ id: z.number().int().positive() });

/**
 * Actors (aktörer): the registry, their status, assignments (uppdrag), samverkanskonferenser and
 * Beslut i stort. Reads answer a wall seat without contact details (`contacts: null`).
 */
export const actorMethods = {
  /** Every actor (retired ones too, flagged), registry order. */
  'actors.list': method('read', z.strictObject({ include_retired: z.boolean().default(true) }), z.object({ actors: z.array(Actor) })),
  /** One actor with its status history (newest first) and its assignments. */
  'actors.get': method(
    'read',
    ById,
    z.object({ actor: Actor, history: z.array(ActorStatus), assignments: z.array(Assignment) }),
  ),
  'actors.add': method('write', AddActorInput, Actor),
  /** Rename or edit details; what is left out stays. */
  'actors.update': method('write', UpdateActorInput, Actor),
  /** Retire (kept, shown as retired) or bring back: actors are never deleted. */
  'actors.retire': method('write', z.strictObject({ id: z.number().int().positive(), retired: z.boolean() }), Actor),
  /** Adds the usual actors to a board that has none (boards made before actors existed). */
  'actors.seed': method('write', Empty, z.object({ added: z.number().int().nonnegative() })),
  /** Imports actors from CSV text (see docs/api.md); all or nothing. */
  'actors.import': method('write', ImportInput, z.object({ imported: z.number().int().nonnegative() })),
  /** A new status report; logged in the journal in the same write. */
  'actors.setStatus': method('write', SetStatusInput, Actor),

  'actors.assignments': method('read', AssignmentQuery, z.object({ assignments: z.array(Assignment) })),
  'actors.assign': method('write', AssignInput, Assignment),
  'actors.setAssignmentStatus': method('write', AssignmentStatusInput, Assignment),

  'actors.conference.start': method('write', StartConferenceInput, Conference),
  /** Start an actor's turn (the named attendee, or the next in order). */
  'actors.conference.turn': method('write', TurnInput, Conference),
  /** An actor's report: a journal entry under the actor and its new status, in one write. */
  'actors.conference.report': method('write', ReportInput, z.object({ entry: JournalEntry, actor: Actor, conference: Conference })),
  'actors.conference.end': method('write', EndConferenceInput, Conference),
  'actors.conference.get': method('read', ById, Conference),
  /** The conference under way (or null) and the next one planned (or null). */
  'actors.conference.current': method('read', Empty, z.object({ conference: Conference.nullable(), next: NextConference.nullable() })),
  'actors.conference.list': method('read', Empty, z.object({ conferences: z.array(Conference) })),
  /** The protokoll as Markdown. */
  'actors.conference.protocol': method('read', ById, z.object({ markdown: z.string(), filename: z.string() })),
  /** The protokoll as a PDF (A4, base64). */
  'actors.conference.protocolPdf': method('read', ById, z.object({ pdf_base64: z.string(), filename: z.string() })),
  'actors.conference.setNext': method('write', SetNextInput, z.object({ next: NextConference.nullable() })),

  /** An agreement logged as a significant decision, optionally a Beslut i stort, optionally giving assignments. */
  'actors.agree': method('write', AgreeInput, Agreement),
  /** Every agreement (filter: only Beslut i stort), newest first. */
  'actors.agreements': method('read', z.strictObject({ beslut_i_stort: z.boolean().optional() }), z.object({ agreements: z.array(Agreement) })),
} as const;

export const actorEvents = {
  /** An actor was added, edited, retired or reported a status (wall seats get it without contacts). */
  'actor.changed': z.object({ actor: Actor }),
  /** An assignment was given or changed status. */
  'actor.assignment': z.object({ assignment: Assignment }),
  /** A conference started, moved to another turn, took a report or an agreement, or ended. */
  'actor.conference': z.object({ conference: Conference }),
  /** An agreement (possibly a Beslut i stort) was logged. */
  'actor.agreement': z.object({ agreement: Agreement }),
  /** The next conference's time was set or cleared. */
  'actor.next_conference': z.object({ next: NextConference.nullable() }),
} as const;
