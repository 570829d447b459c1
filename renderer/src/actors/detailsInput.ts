import { DEFAULT_REPORT_INTERVAL_MIN, REPORT_INTERVAL_MAX_MIN, type Actor, type Contact } from '../../../shared/domain/actor';
import { contactDraft, type ContactDraft, type DetailsDraft } from './ActorDetailsFields';

/** The form's draft of an actor (or of a new one). */
export function detailsDraft(actor: Actor | null): DetailsDraft {
  return {
    name: actor?.name ?? '',
    type: actor?.type ?? 'other',
    interval: String(actor?.report_interval_min ?? DEFAULT_REPORT_INTERVAL_MIN),
    liaison: actor?.liaison ?? '',
    rakel_group: actor?.rakel_group ?? '',
    our_contact: actor?.our_contact ?? '',
    contacts: (actor?.contacts ?? []).map(contactDraft),
  };
}

/** The report interval typed (whole minutes, 1 … a week), or null when it is not one. */
export function parseInterval(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,5}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= REPORT_INTERVAL_MAX_MIN ? n : null;
}

/** Contacts as sent: a row left wholly empty is dropped, not stored as a blank person. */
export function contactsInput(rows: readonly ContactDraft[]): Contact[] {
  return rows.filter((c) => [c.name, c.role, c.phone, c.email].some((v) => v.trim())).map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email }));
}
