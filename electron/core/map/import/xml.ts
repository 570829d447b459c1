import { importError } from './problem.js';

/**
 * A small, safe XML reader for KML: elements, attributes, text, CDATA and comments. It refuses
 * any DTD (<!DOCTYPE …>, and so every entity declaration): no external entities, no entity
 * expansion, nothing fetched. Only the five predefined entities and character references are
 * understood. Element names lose their namespace prefix (kml:Placemark is Placemark).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, in order (children's text not included). */
  text: string;
  line: number;
}

const MAX_DEPTH = 256;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string, line: number): string {
  return raw.replace(/&([^;&\s]{0,12});/g, (_whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      const code = Number.parseInt(name.slice(2), 16);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    } else if (name.startsWith('#')) {
      const code = Number.parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    } else if (name in PREDEFINED) {
      return PREDEFINED[name] ?? '';
    }
    throw importError('not_kml', `unknown entity &${name};`, { line });
  });
}

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(':') + 1);

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string, line: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1];
    if (name !== undefined) out[localName(name)] = decodeEntities(m[3] ?? m[4] ?? '', line);
  }
  return out;
}

/** Parses a whole document; throws import_invalid (not_kml or unsafe_kml) naming the line. */
export function parseXml(text: string): XmlElement {
  let pos = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;

  const advance = (to: number): void => {
    for (let i = pos; i < to; i++) if (text.charCodeAt(i) === 10) line += 1;
    pos = to;
  };
  const expectEnd = (marker: string, what: string): number => {
    const end = text.indexOf(marker, pos);
    if (end < 0) throw importError('not_kml', `unterminated ${what}`, { line });
    return end;
  };

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > pos) {
      const raw = text.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(raw, line);
      else if (raw.trim() !== '') throw importError('not_kml', 'text outside the root element', { line });
      advance(textEnd);
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', pos)) {
      advance(expectEnd('-->', 'comment') + 3);
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = expectEnd(']]>', 'CDATA section');
      const top = stack[stack.length - 1];
      if (!top) throw importError('not_kml', 'CDATA outside the root element', { line });
      top.text += text.slice(pos + 9, end);
      advance(end + 3);
    } else if (text.startsWith('<!', pos)) {
      // <!DOCTYPE …> and anything like it: the way in for entity expansion and external files.
      throw importError('unsafe_kml', 'a DTD or declaration (<!…>) is not allowed', { line });
    } else if (text.startsWith('<?', pos)) {
      advance(expectEnd('?>', 'processing instruction') + 2);
    } else if (text.startsWith('</', pos)) {
      const end = expectEnd('>', 'end tag');
      const name = localName(text.slice(pos + 2, end).trim());
      const open = stack.pop();
      if (!open || open.name !== name) throw importError('not_kml', `end tag </${name}> does not match ${open ? `<${open.name}>` : 'any open element'}`, { line });
      advance(end + 1);
    } else {
      const end = expectEnd('>', 'tag');
      const body = text.slice(pos + 1, end);
      const selfClosing = body.endsWith('/');
      const inner = selfClosing ? body.slice(0, -1) : body;
      const nameMatch = /^[^\s/>]+/.exec(inner);
      if (!nameMatch) throw importError('not_kml', 'a tag without a name', { line });
      const element: XmlElement = { name: localName(nameMatch[0]), attributes: parseAttributes(inner.slice(nameMatch[0].length), line), children: [], text: '', line };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw importError('not_kml', 'a second root element', { line });
      else root = element;
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) throw importError('not_kml', `elements nested deeper than ${MAX_DEPTH}`, { line });
        stack.push(element);
      }
      advance(end + 1);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw importError('not_kml', `<${unclosed.name}> is never closed`, { line: unclosed.line });
  if (!root) throw importError('not_kml', 'no root element', { line });
  return root;
}

/** Every descendant (and the element itself) with this name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk: XmlElement[] = [element];
  for (let e = walk.pop(); e !== undefined; e = walk.pop()) {
    if (e.name === name) out.push(e);
    walk.push(...[...e.children].reverse());
  }
  return out;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
