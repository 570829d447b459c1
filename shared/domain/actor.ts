import { z } from 'zod';
import { instant, optionalUserText, userText } from './text.js';

/**
 * The actors capability (aktörer): the organisations the staff works with, their status
 * (aktörsläge), assignments (uppdrag), coordination conferences (samverkanskonferenser) and the
 * decisions agreed there (Beslut i stort). English identifiers; Swedish in the UI
 * (shared/locales/{sv,en}/actors.json).
 */

/** normal · förhöjd beredskap · stab upprättad · krisledning aktiverad, lowest first. */
export const ACTOR_LEVELS = ['normal', 'heightened', 'staff', 'activated'] as const;
export const ActorLevel = z.enum(ACTOR_LEVELS);
export type ActorLevel = z.infer<typeof ActorLevel>;

/** What kind of organisation an actor is (the registry groups and the seed use these). */
export const ACTOR_TYPES = [
  'crisis_management', // the kommun's own krisledning
  'department', // a förvaltning of the kommun
  'rescue', // räddningstjänsten
  'police', // Polisen
  'region', // Regionen (hälso- och sjukvård)
  'county', // Länsstyrelsen
  'sos', // SOS Alarm
  'transport', // Trafikverket
  'armed_forces', // Försvarsmakten
  'neighbour', // a neighbouring kommun
  'company', // the kommun's companies (energi, VA, bostäder)
  'volunteers', // FRG (frivillig resursgrupp)
  'posom', // POSOM (psykiskt och socialt omhändertagande)
  'church', // Svenska kyrkan and other faith communities
  'business', // näringslivet
  'other',
] as const;
export const ActorType = z.enum(ACTOR_TYPES);
export type ActorType = z.infer<typeof ActorType>;

export const ASSIGNMENT_STATUSES = ['given', 'accepted', 'done', 'cancelled'] as const;
export const AssignmentStatus = z.enum(ASSIGNMENT_STATUSES);
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;

/** samordnande (coordinating) or inriktande (directing: where a Beslut i stort is agreed). */
export const CONFERENCE_KINDS = ['coordinating', 'directing'] as const;
export const ConferenceKind = z.enum(CONFERENCE_KINDS);
export type ConferenceKind = z.infer<typeof ConferenceKind>;

export const ACTOR_NAME_MAX = 200;
export const SHORT_TEXT_MAX = 200;
export const STATUS_TEXT_MAX = 4_000;
export const CONTACTS_MAX = 20;
export const ATTENDEES_MAX = 200;
export const REPORT_INTERVAL_MAX_MIN = 7 * 24 * 60;
export const DEFAULT_REPORT_INTERVAL_MIN = 60;

const id = z.number().int().positive();

/** One person to reach at an actor. Contact details never reach a wall seat. */
export const Contact = z.strictObject({
  name: optionalUserText(SHORT_TEXT_MAX),
  role: optionalUserText(SHORT_TEXT_MAX),
  phone: optionalUserText(SHORT_TEXT_MAX),
  email: optionalUserText(SHORT_TEXT_MAX),
});
export type Contact = z.output<typeof Contact>;

/** An actor's last reported status (aktörsläge): one actor.status record. */
export const ActorStatus = z.object({
  level: ActorLevel,
  situation: z.string().nullable(),
  needs: z.string().nullable(),
  /** Resources it can offer others. */
  offers: z.string().nullable(),
  /** When the actor reported (the record's occurred_at). */
  reported_at: z.string(),
  /** Who reported it: the actor's own person when given, else who wrote it. */
  reported_by: z.string(),
  /** Who typed it into the board (the record's by). */
  by: z.string(),
  record_seq: id,
  /** The automatic journal entry that logged it. */
  journal_seq: id,
  /** Reported in this conference, or null. */
  conference: id.nullable(),
});
export type ActorStatus = z.infer<typeof ActorStatus>;

export const Actor = z.object({
  id,
  name: z.string(),
  type: ActorType,
  /**
   * null on a seat that may not see contact details (the wall display); there liaison,
   * rakel_group and our_contact are null too.
   */
  contacts: z.array(Contact).nullable(),
  /** Their liaison (sambandsperson) in our room. */
  liaison: z.string().nullable(),
  rakel_group: z.string().nullable(),
  /** Our contact person for them. */
  our_contact: z.string().nullable(),
  report_interval_min: z.number().int().positive(),
  retired: z.boolean(),
  registered_at: z.string(),
  status: ActorStatus.nullable(),
  /** When the next report is due (last report + interval); null before its first report. */
  due_at: z.string().nullable(),
  /** Not heard from within its interval, by the board's clock when this was read. */
  overdue: z.boolean(),
});
export type Actor = z.infer<typeof Actor>;

export const Assignment = z.object({
  id,
  actor: id,
  actor_name: z.string(),
  what: z.string(),
  due_at: z.string().nullable(),
  /** The journal entry (a decision) it came from, or null when given on its own. */
  decision: id.nullable(),
  status: AssignmentStatus,
  note: z.string().nullable(),
  given_at: z.string(),
  given_by: z.string(),
  changed_at: z.string(),
  /** Past due_at and neither done nor cancelled, by the board's clock when this was read. */
  overdue: z.boolean(),
});
export type Assignment = z.infer<typeof Assignment>;

/** The parts of a Beslut i stort (the directing level's common decision). */
export const BeslutIStortParts = z.strictObject({
  /** Mål och avsikt. */
  intent: userText(STATUS_TEXT_MAX),
  /** Vad som ska uppnås. */
  achieve: optionalUserText(STATUS_TEXT_MAX),
  /** Ansvarsfördelning mellan aktörerna. */
  responsibilities: optionalUserText(STATUS_TEXT_MAX),
  /** Gäller till. */
  until: instant.nullish().transform((s) => s ?? null),
  /** Beslutat av. */
  decided_by: optionalUserText(SHORT_TEXT_MAX),
  /** Aktörer som står bakom beslutet. */
  agreeing: z.array(id).max(ATTENDEES_MAX).default([]),
});
export type BeslutIStortParts = z.output<typeof BeslutIStortParts>;

/** An agreement (a decision logged in the journal), possibly a Beslut i stort. */
export const Agreement = z.object({
  id,
  conference: id.nullable(),
  /** Its journal entry (kind decision, significant). */
  journal_seq: id,
  text: z.string(),
  beslut_i_stort: z
    .object({
      intent: z.string(),
      achieve: z.string().nullable(),
      responsibilities: z.string().nullable(),
      until: z.string().nullable(),
      decided_by: z.string().nullable(),
      agreeing: z.array(id),
    })
    .nullable(),
  decided_at: z.string(),
  by: z.string(),
  /** The assignments given from it: in the same write, or later from its decision entry. */
  assignments: z.array(id),
});
export type Agreement = z.infer<typeof Agreement>;

export const ConferenceTurn = z.object({
  actor: id,
  actor_name: z.string(),
  /** When this actor's turn started (the UI runs its timer from here). */
  started_at: z.string(),
  /** The next turn's start or the conference's end; null while it runs. */
  ended_at: z.string().nullable(),
  /** The journal entry of the actor's report, when one was captured. */
  report_seq: id.nullable(),
});
export type ConferenceTurn = z.infer<typeof ConferenceTurn>;

export const Conference = z.object({
  id,
  kind: ConferenceKind,
  /** Attending actors, in the order they report. */
  attendees: z.array(z.object({ id, name: z.string() })),
  started_at: z.string(),
  started_by: z.string(),
  ended_at: z.string().nullable(),
  /** Every turn so far, in order; the last without ended_at is the current one. */
  turns: z.array(ConferenceTurn),
  current: id.nullable(),
  agreements: z.array(Agreement),
  /** The next conference's time as set when this one ended (or later). */
  next_at: z.string().nullable(),
});
export type Conference = z.infer<typeof Conference>;

/** The next conference, for the header's and the wall's countdown. */
export const NextConference = z.object({
  at: z.string(),
  kind: ConferenceKind.nullable(),
  /** Seconds from the board's clock to it (negative: it is late), when read. */
  seconds_left: z.number().int(),
});
export type NextConference = z.infer<typeof NextConference>;

/* ---- inputs ---- */

const ActorDetails = {
  type: ActorType,
  // A contact left all blank in a form is no contact.
  contacts: z
    .array(Contact)
    .max(CONTACTS_MAX)
    .transform((cs) => cs.filter((c) => c.name !== null || c.role !== null || c.phone !== null || c.email !== null)),
  liaison: optionalUserText(SHORT_TEXT_MAX),
  rakel_group: optionalUserText(SHORT_TEXT_MAX),
  our_contact: optionalUserText(SHORT_TEXT_MAX),
  report_interval_min: z.number().int().positive().max(REPORT_INTERVAL_MAX_MIN),
};

export const AddActorInput = z.strictObject({
  name: userText(ACTOR_NAME_MAX),
  type: ActorDetails.type.default('other'),
  contacts: ActorDetails.contacts.default([]),
  liaison: ActorDetails.liaison,
  rakel_group: ActorDetails.rakel_group,
  our_contact: ActorDetails.our_contact,
  report_interval_min: ActorDetails.report_interval_min.default(DEFAULT_REPORT_INTERVAL_MIN),
});
export type AddActorInput = z.input<typeof AddActorInput>;

/** Rename or edit: what is left out stays as it was. */
export const UpdateActorInput = z.strictObject({
  id,
  name: userText(ACTOR_NAME_MAX).optional(),
  type: ActorDetails.type.optional(),
  contacts: ActorDetails.contacts.optional(),
  liaison: ActorDetails.liaison.optional(),
  rakel_group: ActorDetails.rakel_group.optional(),
  our_contact: ActorDetails.our_contact.optional(),
  report_interval_min: ActorDetails.report_interval_min.optional(),
});
export type UpdateActorInput = z.input<typeof UpdateActorInput>;

const StatusFields = {
  level: ActorLevel,
  situation: optionalUserText(STATUS_TEXT_MAX),
  needs: optionalUserText(STATUS_TEXT_MAX),
  offers: optionalUserText(STATUS_TEXT_MAX),
  /** The actor's own person who reported (default: who writes it). */
  reported_by: optionalUserText(SHORT_TEXT_MAX),
  /** When they reported (default: now). */
  reported_at: instant.nullish().transform((s) => s ?? null),
};

export const SetStatusInput = z.strictObject({ id, ...StatusFields });
export type SetStatusInput = z.input<typeof SetStatusInput>;

export const ImportInput = z.strictObject({ csv: z.string().max(2_000_000) });

export const AssignInput = z.strictObject({
  actor: id,
  what: userText(STATUS_TEXT_MAX),
  due_at: instant.nullish().transform((s) => s ?? null),
  /** The decision (journal entry seq) it comes from. */
  decision: id.nullish().transform((s) => s ?? null),
});
export type AssignInput = z.input<typeof AssignInput>;

export const AssignmentStatusInput = z.strictObject({
  id,
  status: AssignmentStatus,
  note: optionalUserText(STATUS_TEXT_MAX),
});

export const AssignmentQuery = z.strictObject({
  actor: id.optional(),
  statuses: z.array(AssignmentStatus).max(ASSIGNMENT_STATUSES.length).optional(),
  overdue: z.boolean().optional(),
});

export const StartConferenceInput = z.strictObject({
  kind: ConferenceKind,
  attendees: z.array(id).min(1).max(ATTENDEES_MAX),
});

/** Start an actor's turn: the named one, or the next attendee in order after the current. */
export const TurnInput = z.strictObject({ conference: id, actor: id.optional() });

/** An actor's report in a conference: a journal entry under the actor and its new status. */
export const ReportInput = z.strictObject({
  conference: id,
  actor: id,
  text: userText(STATUS_TEXT_MAX),
  ...StatusFields,
});

/** An agreement logged as a decision; with parts, a Beslut i stort; with assignments, given at once. */
export const AgreeInput = z.strictObject({
  conference: id.nullish().transform((s) => s ?? null),
  text: userText(STATUS_TEXT_MAX),
  beslut_i_stort: BeslutIStortParts.nullish().transform((s) => s ?? null),
  assignments: z
    .array(z.strictObject({ actor: id, what: userText(STATUS_TEXT_MAX), due_at: instant.nullish().transform((s) => s ?? null) }))
    .max(50)
    .default([]),
});
export type AgreeInput = z.input<typeof AgreeInput>;

export const EndConferenceInput = z.strictObject({
  conference: id,
  next_at: instant.nullish().transform((s) => s ?? null),
  next_kind: ConferenceKind.nullish().transform((s) => s ?? null),
});

export const SetNextInput = z.strictObject({
  at: instant.nullable(),
  kind: ConferenceKind.nullish().transform((s) => s ?? null),
});
