/**
 * A minimal PDF 1.4 writer for text documents (the conference protokoll): A4 pages, Helvetica and
 * Helvetica-Bold (the standard fonts every reader has, so nothing is embedded), lines wrapped to
 * the page. Text is written in WinAnsiEncoding, which holds Swedish (å ä ö é) and the usual
 * punctuation (– — “ ” ‘ ’ … €); any other character prints as "?".
 */

export interface PdfLine {
  text: string;
  /** Heading level 1–3 (bold, larger), or 0 for body text. */
  heading: 0 | 1 | 2 | 3;
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 56;
const SIZES = [10, 16, 13, 11] as const;
// Helvetica's average advance is about half an em: a conservative width per character.
const CHAR_EM = 0.52;

// The characters WinAnsiEncoding places in 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1).
const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** A PDF string literal's bytes: WinAnsi, with ( ) \ escaped. */
function pdfString(text: string): number[] {
  const bytes: number[] = [0x28];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0x3f;
    const latin = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    const b = ch === '\t' ? 0x20 : (WIN_ANSI_HIGH[ch] ?? (latin ? code : 0x3f));
    if (b === 0x28 || b === 0x29 || b === 0x5c) bytes.push(0x5c);
    bytes.push(b);
  }
  bytes.push(0x29);
  return bytes;
}

/** Splits a line into pieces that fit the page width at a font size, at spaces where it can. */
function wrap(text: string, size: number): string[] {
  const max = Math.max(10, Math.floor((PAGE_W - 2 * MARGIN) / (size * CHAR_EM)));
  const out: string[] = [];
  let rest = text;
  while ([...rest].length > max) {
    const chars = [...rest];
    const slice = chars.slice(0, max).join('');
    const cut = slice.lastIndexOf(' ');
    const piece = cut > max / 3 ? slice.slice(0, cut) : slice;
    out.push(piece);
    rest = chars.slice([...piece].length).join('').replace(/^ /, '');
  }
  out.push(rest);
  return out;
}

interface Placed {
  text: string;
  bold: boolean;
  size: number;
  y: number;
}

function layout(lines: readonly PdfLine[]): Placed[][] {
  const pages: Placed[][] = [[]];
  let y = PAGE_H - MARGIN;
  for (const line of lines) {
    const size = SIZES[line.heading];
    const gapBefore = line.heading > 0 ? size * 0.6 : 0;
    for (const [i, piece] of wrap(line.text, size).entries()) {
      const step = size * 1.35 + (i === 0 ? gapBefore : 0);
      if (y - step < MARGIN) {
        pages.push([]);
        y = PAGE_H - MARGIN;
      }
      y -= step;
      pages[pages.length - 1]?.push({ text: piece, bold: line.heading > 0, size, y });
    }
  }
  return pages;
}

/** The PDF file's bytes. `footer` goes at the foot of every page with its number. */
export function textPdf(lines: readonly PdfLine[], footer: string): Buffer {
  const pages = layout(lines);
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const put = (b: Buffer): void => {
    chunks.push(b);
    length += b.length;
  };
  const object = (n: number, body: Buffer): void => {
    offsets[n] = length;
    put(Buffer.from(`${n} 0 obj\n`, 'latin1'));
    put(body);
    put(Buffer.from('\nendobj\n', 'latin1'));
  };
  put(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  // 1 catalog, 2 page tree, 3 and 4 the fonts, then a page and its content stream per page.
  const pageIds = pages.map((_, i) => 5 + 2 * i);
  object(1, Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'));
  object(2, Buffer.from(`<< /Type /Pages /Count ${pages.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`, 'latin1'));
  object(3, Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', 'latin1'));
  object(4, Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>', 'latin1'));
  pages.forEach((placed, i) => {
    const ops: number[] = [];
    const text = (s: string): void => {
      for (const c of Buffer.from(s, 'latin1')) ops.push(c);
    };
    const show = (t: string, font: string, size: number, x: number, y: number): void => {
      text(`BT /${font} ${size} Tf ${x} ${y.toFixed(2)} Td `);
      ops.push(...pdfString(t));
      text(' Tj ET\n');
    };
    for (const p of placed) show(p.text, p.bold ? 'F2' : 'F1', p.size, MARGIN, p.y);
    show(`${footer} – ${i + 1}/${pages.length}`, 'F1', 8, MARGIN, MARGIN / 2);
    const stream = Buffer.from(ops);
    const id = pageIds[i] ?? 0;
    object(id, Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`, 'latin1'));
    object(id + 1, Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream', 'latin1')]));
  });
  const count = 5 + 2 * pages.length;
  const xref = length;
  const rows = ['xref', `0 ${count}`, '0000000000 65535 f '];
  for (let n = 1; n < count; n++) rows.push(`${String(offsets[n] ?? 0).padStart(10, '0')} 00000 n `);
  put(Buffer.from(`${rows.join('\n')}\ntrailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
