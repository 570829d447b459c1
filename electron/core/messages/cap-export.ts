import type { BoardInfo } from '../../../shared/domain/board.js';
import { findKommun } from '../../../shared/kommuner.js';
import type { Message, MessageLanguage, MessageText } from '../../../shared/messages/domain.js';
import type { KommunBoundaries, Rings } from '../geo/kommun-boundaries.js';
import { escapeMarkup } from '../xml/escape.js';

/**
 * A published joint message as one CAP 1.2 alert (OASIS CAP 1.2; checked against CAP-v1.2.xsd in
 * tests/unit/cap-export.test.ts): one <info> per language, status Exercise on an exercise board,
 * references to the message it updates or cancels, areas from the map and the kommuner chosen.
 */

const CAP_LANGUAGE: Record<MessageLanguage, string> = {
  sv: 'sv-SE',
  en: 'en-GB',
  // Lättläst svenska has no language tag of its own: a private-use subtag marks it.
  sv_easy: 'sv-SE-x-lattlast',
};

const EVENT: Record<Message['template'], string> = {
  press_release: 'Pressmeddelande',
  web_text: 'Information till allmänheten',
  social_post: 'Information till allmänheten',
  vma_request: 'Viktigt meddelande till allmänheten',
  internal: 'Intern information',
  blank: 'Information till allmänheten',
};

const xmlText = escapeMarkup;

const el = (name: string, value: string, indent: string): string => `${indent}<${name}>${xmlText(value)}</${name}>\n`;

/** CAP's dateTime: no fraction, an explicit offset, never "Z" (CAP 1.2 §3.3.2). */
export function capDateTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}+00:00`;
}

/** Stable for a board and message: the same published message always has the same identifier. */
export function capIdentifier(board: BoardInfo, m: Message): string {
  return `samlad-${board.id}-budskap-${m.id}`;
}

export function capSender(board: BoardInfo): string {
  return `samlad.kommun-${board.kommun_code}@${board.id}`;
}

export function capFileName(m: Message): string {
  return `budskap-${m.id}.cap.xml`;
}

/** A ring as CAP writes a polygon: "lat,lon" pairs, the first repeated last. */
function capPolygon(ring: readonly (readonly [number, number])[]): string {
  return ring.map(([lon, lat]) => `${lat},${lon}`).join(' ');
}

function areas(m: Message, board: BoardInfo, boundaries: KommunBoundaries, indent: string): string {
  const out: string[] = [];
  const area = (desc: string, rings: Rings | readonly (readonly (readonly [number, number])[])[], geocode: string | null): void => {
    let s = `${indent}<area>\n${el('areaDesc', desc, `${indent}  `)}`;
    for (const ring of rings) s += el('polygon', capPolygon(ring), `${indent}  `);
    if (geocode) s += `${indent}  <geocode>\n${el('valueName', 'SE-kommunkod', `${indent}    `)}${el('value', geocode, `${indent}    `)}${indent}  </geocode>\n`;
    out.push(`${s}${indent}</area>\n`);
  };
  for (const shape of m.content.area.shapes) area(shape.title, shape.rings, null);
  // No area chosen: the message is about the board's own kommun.
  const codes = m.content.area.kommuner.length > 0 || m.content.area.shapes.length > 0 ? m.content.area.kommuner : [board.kommun_code];
  for (const code of codes) area(`${findKommun(code)?.name ?? code} kommun`, boundaries.rings(code) ?? [], code);
  return out.join('');
}

function info(m: Message, lang: MessageLanguage, text: MessageText, board: BoardInfo, boundaries: KommunBoundaries): string {
  const i = '    ';
  let s = `  <info>\n${el('language', CAP_LANGUAGE[lang], i)}`;
  for (const c of m.content.cap.categories) s += el('category', c, i);
  s += el('event', EVENT[m.template], i);
  s += el('urgency', m.content.cap.urgency, i) + el('severity', m.content.cap.severity, i) + el('certainty', m.content.cap.certainty, i);
  if (m.content.audience) s += el('audience', m.content.audience, i);
  s += el('senderName', `${board.kommun_name} kommun, krisledning`, i);
  s += el('headline', text.headline, i) + el('description', text.body, i);
  if (text.instruction) s += el('instruction', text.instruction, i);
  if (m.published_channels.length > 0) {
    s += `${i}<parameter>\n${el('valueName', 'kanaler', `${i}  `)}${el('value', m.published_channels.join(', '), `${i}  `)}${i}</parameter>\n`;
  }
  return `${s}${areas(m, board, boundaries, i)}  </info>\n`;
}

export function messageToCap(m: Message, replaced: Message | null, board: BoardInfo, boundaries: KommunBoundaries): string {
  if (m.published_at === null) throw new Error('only a published message is exported');
  let s = `<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">\n`;
  s += el('identifier', capIdentifier(board, m), '  ');
  s += el('sender', capSender(board), '  ');
  s += el('sent', capDateTime(m.published_at), '  ');
  s += el('status', board.exercise ? 'Exercise' : 'Actual', '  ');
  s += el('msgType', m.kind, '  ');
  s += el('scope', 'Public', '  ');
  if (board.exercise) s += el('note', 'ÖVNING – detta är en övning', '  ');
  if (replaced?.published_at) s += el('references', `${capSender(board)},${capIdentifier(board, replaced)},${capDateTime(replaced.published_at)}`, '  ');
  for (const lang of ['sv', 'en', 'sv_easy'] as const) {
    const text = m.content.texts[lang];
    if (text) s += info(m, lang, text, board, boundaries);
  }
  return `${s}</alert>\n`;
}
