import { ACTOR_NAME_MAX, ACTOR_TYPES, SHORT_TEXT_MAX, type ActorType } from '../domain/actor.js';
import { optionalUserText, userText } from '../domain/text.js';
import svActors from '../locales/sv/actors.json';
import enActors from '../locales/en/actors.json';

/**
 * Reads an actor list from CSV (RFC 4180: quoted fields, "" inside quotes, line breaks inside
 * quotes; comma or semicolon, as a Swedish spreadsheet saves it). Columns: name, type, phone,
 * email, rakel, in that order, or in any order under a heading line (Swedish headings too).
 * All or nothing: every bad line is reported with its line number, and then nothing is imported.
 *
 * Values starting with = + - @ (a spreadsheet would read them as formulas) are taken as text,
 * exactly as written: the board stores and shows them as text and never evaluates them, and a
 * phone number "+46 …" must survive. A leading TAB is whitespace and trimmed like any other; a
 * CR or other control character inside a value refuses the line. Any CSV the board writes
 * escapes such values (OWASP), so a cell never becomes a formula on the way out either.
 */

export const CSV_COLUMNS = ['name', 'type', 'phone', 'email', 'rakel'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const CSV_MAX_ROWS = 2_000;

/** What a heading may say for each column (lower case). */
const HEADINGS: Record<CsvColumn, readonly string[]> = {
  name: ['name', 'namn', 'aktör', 'aktor', 'actor'],
  type: ['type', 'typ'],
  phone: ['phone', 'telefon', 'tel', 'telefonnummer'],
  email: ['email', 'e-mail', 'e-post', 'epost', 'mail'],
  rakel: ['rakel', 'rakel talk group', 'talgrupp', 'rakel-talgrupp', 'rakeltalgrupp'],
};

export interface ActorCsvRow {
  line: number;
  name: string;
  type: ActorType;
  phone: string | null;
  email: string | null;
  rakel: string | null;
}

/** One bad line: `reason` is a key of actors:error.csv, `values` its placeholders. */
export interface CsvLineError {
  line: number;
  reason: 'empty' | 'header' | 'columns' | 'quote' | 'name' | 'type' | 'text' | 'too_long' | 'duplicate' | 'too_many';
  values: Record<string, string | number>;
}

/** The good rows and every bad line; the file may be imported only when `errors` is empty. */
export interface CsvResult {
  rows: ActorCsvRow[];
  errors: CsvLineError[];
}

interface RawLine {
  line: number;
  fields: string[];
}

/** Splits CSV text into records of fields, each with the line number it starts on. */
function splitRecords(text: string, separator: string): { lines: RawLine[]; unclosed: number | null } {
  const lines: RawLine[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let fieldStarted = false;
  const endRecord = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]?.trim() === '')) lines.push({ line: startLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted && field.trim() === '') {
      quoted = true;
      fieldStarted = true;
      field = '';
    } else if (c === separator) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      field += c;
      if (c !== ' ' && c !== '\t') fieldStarted = true;
    }
  }
  if (quoted) return { lines, unclosed: startLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { lines, unclosed: null };
}

/** Semicolon when the first line has more of them than commas (outside quotes), else comma. */
function guessSeparator(text: string): string {
  const first = text.split('\n', 1)[0]?.replace(/"[^"]*"/g, '') ?? '';
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const typeNames = new Map<string, ActorType>();
for (const t of ACTOR_TYPES) {
  typeNames.set(t, t);
  typeNames.set(svActors.type[t].toLocaleLowerCase('sv'), t);
  typeNames.set(enActors.type[t].toLocaleLowerCase('en'), t);
}

/** The column order a heading line gives, or null when the first line is not a heading. */
function headingOrder(fields: string[]): (CsvColumn | null)[] | null {
  const order = fields.map((f) => {
    const h = f.trim().toLocaleLowerCase('sv');
    return CSV_COLUMNS.find((c) => HEADINGS[c].includes(h)) ?? null;
  });
  return order.includes('name') ? order : null;
}

const NAME = userText(ACTOR_NAME_MAX).refine((s) => !s.includes('\n'));
const SHORT = optionalUserText(SHORT_TEXT_MAX);

export function parseActorCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, '');
  const { lines, unclosed } = splitRecords(text, guessSeparator(text));
  if (unclosed !== null) return { rows: [], errors: [{ line: unclosed, reason: 'quote', values: {} }] };
  if (lines.length === 0) return { rows: [], errors: [{ line: 1, reason: 'empty', values: {} }] };
  const heading = lines[0] ? headingOrder(lines[0].fields) : null;
  const order: (CsvColumn | null)[] = heading ?? [...CSV_COLUMNS];
  const body = heading ? lines.slice(1) : lines;
  if (body.length === 0) return { rows: [], errors: [{ line: (lines[0]?.line ?? 0) + 1, reason: 'empty', values: {} }] };
  if (body.length > CSV_MAX_ROWS) return { rows: [], errors: [{ line: body[CSV_MAX_ROWS]?.line ?? 0, reason: 'too_many', values: { max: CSV_MAX_ROWS } }] };
  const errors: CsvLineError[] = [];
  const rows: ActorCsvRow[] = [];
  const seen = new Set<string>();
  for (const { line, fields } of body) {
    // Without a heading, trailing empty columns may be left out; never more than there are.
    if (heading ? fields.length !== order.length : fields.length > CSV_COLUMNS.length) {
      errors.push({ line, reason: 'columns', values: { found: fields.length, expected: heading ? order.length : CSV_COLUMNS.length } });
      continue;
    }
    const value = (column: CsvColumn): string => fields[order.indexOf(column)] ?? '';
    const lineErrors: CsvLineError[] = [];
    const short = (column: CsvColumn): string | null => {
      const parsed = SHORT.safeParse(value(column));
      if (parsed.success) return parsed.data;
      const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
      lineErrors.push({ line, reason: tooLong ? 'too_long' : 'text', values: { column } });
      return null;
    };
    const nameParsed = NAME.safeParse(value('name'));
    let name = '';
    if (nameParsed.success) name = nameParsed.data;
    else if (value('name').trim() === '') lineErrors.push({ line, reason: 'name', values: {} });
    else lineErrors.push({ line, reason: nameParsed.error.issues.some((i) => i.code === 'too_big') ? 'too_long' : 'text', values: { column: 'name' } });
    const typeText = value('type').trim();
    const type = typeText === '' ? 'other' : typeNames.get(typeText.toLocaleLowerCase('sv'));
    if (!type) lineErrors.push({ line, reason: 'type', values: { value: typeText.slice(0, 50) } });
    const phone = short('phone');
    const email = short('email');
    const rakel = short('rakel');
    const key = name.toLocaleLowerCase('sv');
    if (name !== '' && seen.has(key)) lineErrors.push({ line, reason: 'duplicate', values: { name } });
    seen.add(key);
    if (lineErrors.length > 0 || !type) {
      errors.push(...lineErrors);
      continue;
    }
    rows.push({ line, name, type, phone, email, rakel });
  }
  return { rows, errors };
}
