import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChromiumPrinter } from '../../electron/cli/chromium-printer.js';
import { chromiumPath } from '../../electron/cli/pdf.js';
import { pageOneInk } from '../pdf-ink.js';
import { tempDir } from './helpers.js';

const page = (text: string): string => `<!doctype html><html lang="sv"><title>${text}</title><style>@page { size: A4; } p { font: 40pt sans-serif; }</style><p>${text}</p></html>`;

describe('the seat server’s Chromium printer', () => {
  it('prints page after page on one running Chromium, and starts it again after it was closed', async () => {
    const chromium = chromiumPath();
    if (!chromium) throw new Error('Chromium is needed (Debian: apt-get install chromium), as for the e2e tests');
    const printer = new ChromiumPrinter(chromium);
    try {
      const dir = tempDir();
      const pdfs = [await printer.print(page('Lägesrapport nr 1')), await printer.print(page('Lägesrapport nr 2'))];
      await printer.close();
      pdfs.push(await printer.print(page('Lägesrapport nr 3')));
      pdfs.forEach((pdf, i) => {
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const file = join(dir, `${i}.pdf`);
        writeFileSync(file, pdf);
        // A4 at 40 dpi is 331 pixels wide; the text leaves ink.
        expect(pageOneInk(file)).toMatchObject({ width: 331 });
        expect(pageOneInk(file).dark).toBeGreaterThan(100);
      });
    } finally {
      await printer.close();
    }
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith(`samlad-chromium-${process.pid}-`))).toEqual([]);
  });

  it('does not quit Chromium under a page queued behind another, however short its idle time', async () => {
    const chromium = chromiumPath();
    if (!chromium) throw new Error('Chromium is needed (Debian: apt-get install chromium), as for the e2e tests');
    // Idle after 30 ms: the first page's finish would start that clock while the next one prints.
    const printer = new ChromiumPrinter(chromium, 30);
    try {
      const pdfs = await Promise.all([1, 2, 3].map((n) => printer.print(page(`Lägesrapport nr ${n}`))));
      for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await printer.close();
    }
  });
});
