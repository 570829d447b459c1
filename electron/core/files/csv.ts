/**
 * One CSV field (RFC 4180): quoted, quotes doubled. A field that a spreadsheet would take for a
 * formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, as OWASP
 * (ASVS 1.2.10, CSV injection) advises, so opening the export never runs anything.
 */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvRow(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
