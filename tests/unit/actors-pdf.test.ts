import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textPdf } from '../../electron/core/actors/pdf.js';
import { protocolPdfLines } from '../../electron/core/actors/protocol.js';
import { actorBoard } from './actors-helpers.js';
import { tempDir } from './helpers.js';

/** Every object the cross-reference table points at starts where it says. */
function checkXref(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(start, start + 4)).toBe('xref');
  const [, count] = /xref\n0 (\d+)\n/.exec(text.slice(start)) ?? [];
  const rows = text.slice(start).split('\n').slice(3, 2 + Number(count));
  rows.forEach((row, i) => {
    expect(row).toMatch(/^\d{10} 00000 n $/);
    expect(text.slice(Number(row.slice(0, 10))).startsWith(`${i + 1} 0 obj\n`)).toBe(true);
  });
  return rows.length;
}

describe('the protokoll as PDF', () => {
  it('writes a well-formed PDF whose text is the protokoll, Swedish letters included, over as many pages as it needs', () => {
    const long = Array.from({ length: 120 }, (_, i) => ({ text: `Rad ${i}: räddningstjänsten öppnar trygghetspunkt – ”Sätra” (${'å'.repeat(i % 7)})`, heading: 0 as const }));
    const pdf = textPdf([{ text: 'Protokoll: Inriktande samverkanskonferens #1', heading: 1 }, ...long, { text: 'x'.repeat(400), heading: 0 }], 'ÖVNING – Storm');
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(checkXref(pdf)).toBe(4 + 2 * 3);
    const text = pdf.toString('latin1');
    expect(text).toContain('/Count 3');
    // WinAnsi: å is 0xE5, – is 0x96, ” is 0x94; parentheses escaped.
    expect(text).toContain('(Rad 1: r\u00e4ddningstj\u00e4nsten \u00f6ppnar trygghetspunkt \u0096 \u0094S\u00e4tra\u0094 \\(\u00e5\\)) Tj');
    expect(text).toContain('(\u00d6VNING \u0096 Storm \u0096 1/3) Tj');
    // A character WinAnsi lacks prints as ?.
    expect(textPdf([{ text: 'Brand 🔥', heading: 0 }], 'x').toString('latin1')).toContain('(Brand ?) Tj');
  });

  it('turns the Markdown into lines: headings kept, bold markers and escapes gone', () => {
    expect(protocolPdfLines('# Protokoll #1\n\n**Beslut i stort:** Text \\*inte fet\\* \\<b\\>  \n---\n### Polisen')).toEqual([
      { text: 'Protokoll #1', heading: 1 },
      { text: '', heading: 0 },
      { text: 'Beslut i stort: Text *inte fet* <b>', heading: 0 },
      { text: 'Polisen', heading: 3 },
    ]);
  });

  it('answers actors.conference.protocolPdf with the conference protokoll', async () => {
    const b = await actorBoard();
    const c = await b.call('actors.conference.start', { kind: 'coordinating', attendees: [6, 7] });
    await b.call('actors.conference.report', { conference: c.id, actor: 7, text: 'Omledning av trafiken vid Gavlebron', level: 'staff' });
    await b.call('actors.conference.end', { conference: c.id });
    const { pdf_base64: base64, filename } = await b.call('actors.conference.protocolPdf', { id: c.id });
    expect(filename).toBe('samverkanskonferens-1-2026-11-24.pdf');
    const pdf = Buffer.from(base64, 'base64');
    checkXref(pdf);
    expect(pdf.toString('latin1')).toContain('(Omledning av trafiken vid Gavlebron \\(#');
    // Where poppler is installed, it reads the file back as the same text.
    if (existsSync('/usr/bin/pdftotext')) {
      const file = join(tempDir(), filename);
      writeFileSync(file, pdf);
      const read = spawnSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(read.status, read.stderr).toBe(0);
      expect(read.stdout).toContain('Protokoll: Samordnande samverkanskonferens #1');
      expect(read.stdout).toContain('Räddningstjänsten');
      expect(read.stderr).toBe('');
    }
  });
});
