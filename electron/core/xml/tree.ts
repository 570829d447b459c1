import { SaxesParser } from 'saxes';

/**
 * A small, safe XML reader for files other systems write (CAP alerts, EDXL-DE envelopes, KML): a tree
 * of elements with their namespace, attributes, text and line. No DTD is accepted (so no entity
 * can expand or reach outside), nesting and element count are bounded, and any well-formedness
 * error is reported with its line.
 */
export interface XmlElement {
  /** Local name (without prefix). */
  name: string;
  ns: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (all its text nodes joined; whitespace kept). */
  text: string;
  line: number;
}

/** Why a document was refused: a DTD (never expanded: refused), past a size bound, or not well-formed XML. */
export type XmlRefusal = 'doctype' | 'limit' | 'malformed';

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
    readonly reason: XmlRefusal = 'malformed',
  ) {
    super(message);
  }
}

const MAX_DEPTH = 256;
// A 12 MiB KML of 20 000 placemarks holds a few hundred thousand elements.
const MAX_ELEMENTS = 1_000_000;

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let failure: XmlError | null = null;
  const fail = (message: string, reason: XmlRefusal = 'malformed'): void => {
    failure ??= new XmlError(message, parser.line, reason);
  };
  parser.on('error', (e) => fail(e.message.replace(/^[^:]*:\d+:\d+: /, '')));
  parser.on('doctype', () => fail('a DOCTYPE is not accepted', 'doctype'));
  parser.on('opentag', (tag) => {
    count += 1;
    if (count > MAX_ELEMENTS) return fail(`more than ${MAX_ELEMENTS} elements`, 'limit');
    if (stack.length >= MAX_DEPTH) return fail(`nested deeper than ${MAX_DEPTH} elements`, 'limit');
    const attributes: Record<string, string> = {};
    for (const [key, attr] of Object.entries(tag.attributes)) attributes[key] = attr.value;
    const el: XmlElement = { name: tag.local, ns: tag.uri, attributes, children: [], text: '', line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  const addText = (t: string): void => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    // A byte-order mark before the declaration is common in files from Windows tools.
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (e) {
    fail(e instanceof Error ? e.message.replace(/^[^:]*:\d+:\d+: /, '') : String(e));
  }
  if (failure) throw failure;
  if (!root) throw new XmlError('no root element', null);
  return root;
}

/** The first child of that name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
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
