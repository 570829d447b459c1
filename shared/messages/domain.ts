import { z } from 'zod';
import { KommunCode } from '../domain/board.js';
import { userText, optionalUserText, instant } from '../domain/text.js';

/**
 * Joint messages (samordnade budskap): drafted with the other actors, co-signed, published, and
 * exported as CAP 1.2. English identifiers in code, CLI and API; the UI translates them.
 */

export const HEADLINE_MAX = 200;
export const BODY_MAX = 10_000;
export const INSTRUCTION_MAX = 2_000;
export const AUDIENCE_MAX = 200;
export const COMMENT_MAX = 2_000;
export const MESSAGE_ACTOR_MAX = 200;
export const MESSAGE_ACTORS_MAX = 30;
export const CHANNEL_MAX = 60;
export const CHANNELS_MAX = 12;
/** An area's rings: enough for a kommun's outline drawn on the map, bounded for a seat's input. */
export const AREA_SHAPES_MAX = 20;
export const RING_POINTS_MAX = 5_000;

export const TEMPLATES = ['press_release', 'web_text', 'social_post', 'vma_request', 'internal', 'blank'] as const;
export const Template = z.enum(TEMPLATES);
export type Template = z.infer<typeof Template>;

/** Swedish always; English and easy Swedish (lättläst) when the staff write them. */
export const MESSAGE_LANGUAGES = ['sv', 'en', 'sv_easy'] as const;
export const MessageLanguage = z.enum(MESSAGE_LANGUAGES);
export type MessageLanguage = z.infer<typeof MessageLanguage>;

// CAP 1.2's value lists (OASIS CAP 1.2 §3.2.2), exactly as the schema spells them.
export const CAP_CATEGORIES = ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'] as const;
export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const;
export const CAP_SEVERITIES = ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'] as const;
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const;

export const CapFields = z.strictObject({
  categories: z.array(z.enum(CAP_CATEGORIES)).min(1).max(CAP_CATEGORIES.length),
  urgency: z.enum(CAP_URGENCIES),
  severity: z.enum(CAP_SEVERITIES),
  certainty: z.enum(CAP_CERTAINTIES),
});
export type CapFields = z.infer<typeof CapFields>;

export const MessageText = z.strictObject({
  headline: userText(HEADLINE_MAX),
  body: userText(BODY_MAX),
  /** What the public should do. */
  instruction: optionalUserText(INSTRUCTION_MAX),
});
export type MessageText = z.infer<typeof MessageText>;

const Lon = z.number().finite().min(-180).max(180);
const Lat = z.number().finite().min(-90).max(90);

/**
 * An area drawn on the map, copied into the message when it is chosen: a published message keeps
 * the area it was published with even if the map changes later. Rings are [lon, lat] (GeoJSON
 * order), closed, outer rings only (CAP polygons have no holes).
 */
export const AreaShape = z.strictObject({
  title: userText(HEADLINE_MAX),
  /** The map feature it came from, if any. */
  feature: z.number().int().positive().nullable(),
  rings: z
    .array(
      z
        .array(z.tuple([Lon, Lat]))
        .min(4)
        .max(RING_POINTS_MAX)
        .refine((r) => r[0]?.[0] === r[r.length - 1]?.[0] && r[0]?.[1] === r[r.length - 1]?.[1], { message: 'a ring must be closed' }),
    )
    .min(1)
    .max(AREA_SHAPES_MAX),
});
export type AreaShape = z.infer<typeof AreaShape>;

export const MessageArea = z.strictObject({
  /** Kommuner by kommunkod: exported with their boundary. */
  kommuner: z.array(KommunCode).max(50),
  shapes: z.array(AreaShape).max(AREA_SHAPES_MAX),
});
export type MessageArea = z.infer<typeof MessageArea>;

const Channel = userText(CHANNEL_MAX);
export const ActorName = userText(MESSAGE_ACTOR_MAX);

/** Everything one version of a message says. */
export const MessageContent = z.strictObject({
  texts: z.strictObject({ sv: MessageText, en: MessageText.optional(), sv_easy: MessageText.optional() }),
  audience: optionalUserText(AUDIENCE_MAX),
  channels: z.array(Channel).max(CHANNELS_MAX),
  area: MessageArea,
  cap: CapFields,
});
export type MessageContent = z.infer<typeof MessageContent>;
export type MessageContentInput = z.input<typeof MessageContent>;

export const APPROVAL_STATES = ['waiting', 'approved', 'change_requested'] as const;
export const ApprovalState = z.enum(APPROVAL_STATES);
export type ApprovalState = z.infer<typeof ApprovalState>;

export const Approval = z.object({
  actor: z.string(),
  state: ApprovalState,
  comment: z.string().nullable(),
  /** Who recorded it (a communicator writing down what an actor said on the phone) and when. */
  recorded_by: z.string().nullable(),
  recorded_at: z.string().nullable(),
});
export type Approval = z.infer<typeof Approval>;

export const MESSAGE_STATUSES = ['draft', 'published'] as const;

/** CAP msgType: a first message, an update of a published one, or its cancellation. */
export const MESSAGE_KINDS = ['Alert', 'Update', 'Cancel'] as const;
export const MessageKind = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof MessageKind>;

export const Message = z.object({
  id: z.number().int().positive(),
  template: Template,
  kind: MessageKind,
  /** The published message this one updates or cancels. */
  replaces: z.number().int().positive().nullable(),
  status: z.enum(MESSAGE_STATUSES),
  version: z.number().int().positive(),
  content: MessageContent,
  required_actors: z.array(z.string()),
  /** Per required actor, for the current version. */
  approvals: z.array(Approval),
  /** Required actors who have not approved the current version: publishing waits for them. */
  missing: z.array(z.string()),
  created_at: z.string(),
  created_by: z.string(),
  saved_at: z.string(),
  saved_by: z.string(),
  published_at: z.string().nullable(),
  published_by: z.string().nullable(),
  published_channels: z.array(z.string()),
  /** Published messages that updated or cancelled this one. */
  replaced_by: z.number().int().positive().nullable(),
});
export type Message = z.infer<typeof Message>;

export const MessageVersion = z.object({
  version: z.number().int().positive(),
  content: MessageContent,
  saved_at: z.string(),
  saved_by: z.string(),
});
export type MessageVersion = z.infer<typeof MessageVersion>;

export const CreateMessageInput = z.strictObject({
  template: Template.default('blank'),
  content: MessageContent,
  required_actors: z.array(ActorName).max(MESSAGE_ACTORS_MAX).default([]),
  /** Update or cancel this published message. */
  replaces: z.number().int().positive().nullish().transform((v) => v ?? null),
  kind: MessageKind.default('Alert'),
});
export type CreateMessageInput = z.input<typeof CreateMessageInput>;

export const ReviseMessageInput = z.strictObject({
  id: z.number().int().positive(),
  /** The version the edit started from: a newer one saved meanwhile refuses the edit. */
  base_version: z.number().int().positive(),
  content: MessageContent,
});

export const SetApproversInput = z.strictObject({
  id: z.number().int().positive(),
  required_actors: z.array(ActorName).max(MESSAGE_ACTORS_MAX),
});

export const ApprovalInput = z.strictObject({
  id: z.number().int().positive(),
  /** The version the actor saw: an approval of an older version is refused. */
  version: z.number().int().positive(),
  actor: ActorName,
  decision: z.enum(['approved', 'change_requested']),
  comment: optionalUserText(COMMENT_MAX),
});

export const PublishInput = z.strictObject({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  channels: z.array(Channel).min(1).max(CHANNELS_MAX),
  /** When it went out; defaults to now. */
  published_at: instant.optional(),
});
