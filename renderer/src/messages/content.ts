import { KOMMUNER, findKommun } from '../../../shared/kommuner';
import type { AreaShape, MessageContent, MessageContentInput, MessageLanguage, MessageText, Template } from '../../../shared/messages/domain';

/** The channels a message can go out on (free text is allowed by the API; these are offered). */
export const CHANNELS = ['webb', 'press', 'sociala_medier', 'sms', 'vma', 'intranat'] as const;
export type Channel = (typeof CHANNELS)[number];

export const isChannel = (c: string): c is Channel => (CHANNELS as readonly string[]).includes(c);

/** What the form edits: texts as typed (empty allowed while writing), the rest as the API takes it. */
export interface Draft {
  texts: Partial<Record<MessageLanguage, MessageText>> & { sv: MessageText };
  audience: string;
  channels: string[];
  kommuner: string;
  /** Areas chosen from the map, copied into the version. */
  shapes: AreaShape[];
  cap: MessageContentInput['cap'];
  actors: string;
}

export const emptyText = (): MessageText => ({ headline: '', body: '', instruction: null });

export function newDraft(template: Template, body: string): Draft {
  const vma = template === 'vma_request';
  return {
    texts: { sv: { ...emptyText(), body } },
    audience: '',
    channels: vma ? ['vma'] : template === 'press_release' ? ['press', 'webb'] : template === 'social_post' ? ['sociala_medier'] : template === 'internal' ? ['intranat'] : ['webb'],
    kommuner: '',
    shapes: [],
    cap: { categories: ['Safety'], urgency: vma ? 'Immediate' : 'Expected', severity: vma ? 'Severe' : 'Moderate', certainty: vma ? 'Observed' : 'Likely' },
    actors: '',
  };
}

export function draftFrom(content: MessageContent, actors: readonly string[]): Draft {
  return {
    texts: { ...content.texts },
    audience: content.audience ?? '',
    channels: [...content.channels],
    kommuner: content.area.kommuner.map((c) => findKommun(c)?.name ?? c).join(', '),
    shapes: [...content.area.shapes],
    cap: content.cap,
    actors: actors.join(', '),
  };
}

const collator = new Intl.Collator('sv', { sensitivity: 'accent' });

/** "Gävle, 2181" → kommunkoder, or the first name that is no kommun. */
export function parseKommuner(typed: string): { codes: string[]; unknown: string | null } {
  const codes: string[] = [];
  for (const part of typed.split(',').map((s) => s.trim()).filter(Boolean)) {
    const byCode = findKommun(part);
    const byName = KOMMUNER.find((k) => collator.compare(k.name, part) === 0);
    const code = byCode?.code ?? byName?.code;
    if (!code) return { codes: [], unknown: part };
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown: null };
}

export const splitList = (typed: string): string[] => typed.split(',').map((s) => s.trim()).filter(Boolean);

/** The API's content from the form. */
export function contentFrom(d: Draft, codes: string[]): MessageContentInput {
  const texts: MessageContentInput['texts'] = { sv: d.texts.sv };
  if (d.texts.en) texts.en = d.texts.en;
  if (d.texts.sv_easy) texts.sv_easy = d.texts.sv_easy;
  return { texts, audience: d.audience || null, channels: d.channels, area: { kommuner: codes, shapes: d.shapes }, cap: d.cap };
}
