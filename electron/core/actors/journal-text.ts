import type { ActorLevel, AssignmentStatus, ConferenceKind } from '../../../shared/domain/actor.js';
import svActors from '../../../shared/locales/sv/actors.json';
import { stockholmDateTime } from '../../../shared/time.js';
import { fillTemplate } from '../../../shared/locales/fill.js';

/**
 * The words of the actors capability's automatic journal entries. The journal is the event's
 * record, kept in Swedish whatever language a seat shows (as the mode change's entry is), so the
 * Swedish texts of actors:journal are stored, not translated.
 */
const words = svActors.journal;


/** "stab upprättad": the level as it reads inside a sentence. */
export function levelWords(level: ActorLevel): string {
  const name = svActors.level[level];
  return name.charAt(0).toLocaleLowerCase('sv') + name.slice(1);
}

export interface StatusText {
  actor: string;
  level: ActorLevel;
  situation: string | null;
  needs: string | null;
  offers: string | null;
}

/** "Polisen: stab upprättad – avspärrning vid bron" with needs and offers on their own lines. */
export function statusText(s: StatusText, report: string | null = null): string {
  const head = s.situation ? fillTemplate(words.statusWith, { actor: s.actor, level: levelWords(s.level), situation: s.situation }) : fillTemplate(words.status, { actor: s.actor, level: levelWords(s.level) });
  return [
    head,
    ...(report ? [report] : []),
    ...(s.needs ? [fillTemplate(words.needs, { needs: s.needs })] : []),
    ...(s.offers ? [fillTemplate(words.offers, { offers: s.offers })] : []),
  ].join('\n');
}

export function assignedText(actor: string, what: string, due: string | null): string {
  return due ? fillTemplate(words.assignedDue, { actor, what, due: stockholmDateTime(due) }) : fillTemplate(words.assigned, { actor, what });
}

export function assignmentStatusText(id: number, actor: string, status: AssignmentStatus, what: string, note: string | null): string {
  const line = fillTemplate(words.assignmentStatus, { id, actor, status: words.assignmentStatusWord[status], what });
  return note ? `${line}\n${note}` : line;
}

const conferenceName = (kind: ConferenceKind): string => svActors.conference.kind[kind];

export function conferenceStartedText(kind: ConferenceKind, attendees: readonly string[]): string {
  return fillTemplate(words.conferenceStarted, { kind: conferenceName(kind), attendees: attendees.join(', ') });
}

export function conferenceEndedText(kind: ConferenceKind, next: string | null): string {
  return next ? fillTemplate(words.conferenceEndedNext, { kind: conferenceName(kind), next: stockholmDateTime(next) }) : fillTemplate(words.conferenceEnded, { kind: conferenceName(kind) });
}

export interface BeslutIStortText {
  intent: string;
  achieve: string | null;
  responsibilities: string | null;
  until: string | null;
  decided_by: string | null;
  agreeing: readonly string[];
}

/** A Beslut i stort as its decision entry reads: the text, then each part under its heading. */
export function beslutIStortText(text: string, parts: BeslutIStortText): string {
  const p = svActors.conference.protocol;
  return [
    fillTemplate(words.beslutIStort, { text }),
    `${p.intent}: ${parts.intent}`,
    ...(parts.achieve ? [`${p.achieve}: ${parts.achieve}`] : []),
    ...(parts.responsibilities ? [`${p.responsibilities}: ${parts.responsibilities}`] : []),
    ...(parts.until ? [`${p.until}: ${stockholmDateTime(parts.until)}`] : []),
    ...(parts.decided_by ? [`${p.decidedBy}: ${parts.decided_by}`] : []),
    ...(parts.agreeing.length > 0 ? [`${p.agreeing}: ${parts.agreeing.join(', ')}`] : []),
  ].join('\n');
}
