import { z } from 'zod';

/**
 * Warnings from other actors (SMHI, Länsstyrelsen, a neighbour) that came in as CAP 1.2 files.
 * What is kept is what the staff and the map need, not the whole XML.
 */

export const CAP_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const CAP_FILE_NAME_MAX = 255;

const LatLon = z.tuple([z.number().finite().min(-90).max(90), z.number().finite().min(-180).max(180)]);

export const WarningArea = z.object({
  description: z.string(),
  /** CAP polygons as [lat, lon] points (CAP's own order). */
  polygons: z.array(z.array(LatLon)),
  /** CAP circles: centre and radius in km. */
  circles: z.array(z.object({ center: LatLon, radius_km: z.number().finite().nonnegative() })),
  geocodes: z.array(z.object({ name: z.string(), value: z.string() })),
});
export type WarningArea = z.infer<typeof WarningArea>;

export const WarningInfo = z.object({
  language: z.string(),
  categories: z.array(z.string()),
  event: z.string(),
  urgency: z.string(),
  severity: z.string(),
  certainty: z.string(),
  headline: z.string().nullable(),
  description: z.string().nullable(),
  instruction: z.string().nullable(),
  sender_name: z.string().nullable(),
  onset: z.string().nullable(),
  expires: z.string().nullable(),
  web: z.string().nullable(),
  areas: z.array(WarningArea),
});
export type WarningInfo = z.infer<typeof WarningInfo>;

/** The stored essence of one CAP alert. */
export const CapAlert = z.object({
  identifier: z.string(),
  sender: z.string(),
  sent: z.string(),
  status: z.string(),
  msg_type: z.string(),
  scope: z.string(),
  /** "sender,identifier,sent" triples of the alerts this one updates or cancels. */
  references: z.array(z.object({ sender: z.string(), identifier: z.string(), sent: z.string() })),
  infos: z.array(WarningInfo),
  /**
   * False when the file is not valid CAP 1.2 but its alert could still be read safely: it is
   * then kept as an incoming entry with the problems shown, without applying its references.
   */
  valid: z.boolean(),
  problems: z.array(z.string()),
});
export type CapAlert = z.infer<typeof CapAlert>;

export const Warning = z.object({
  id: z.number().int().positive(),
  alert: CapAlert,
  file_name: z.string(),
  imported_at: z.string(),
  imported_by: z.string(),
  /** active, or replaced / cancelled by a later alert's references (its id). */
  state: z.enum(['active', 'updated', 'cancelled']),
  replaced_by: z.number().int().positive().nullable(),
});
export type Warning = z.infer<typeof Warning>;
