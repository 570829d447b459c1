import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfRenderer } from '../core/reports/tools.js';
import { CliError } from './args.js';
import { ChromiumPrinter, HEADLESS_CHROMIUM } from './chromium-printer.js';

/** The Chromium the CLI and `samlad serve` print with (the app itself uses Electron's printToPDF). */
export function chromiumPath(): string | null {
  const candidates = [process.env.SAMLAD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

const run = (file: string, args: string[]): Promise<string> =>
  new Promise((resolve) => {
    // Chromium's exit code says little; whether the PDF is there is the answer.
    execFile(file, args, { encoding: 'utf8', timeout: 60_000 }, (error, _stdout, stderr) => resolve(stderr || error?.message || ''));
  });

/**
 * Prints a self-contained HTML page to PDF with headless Chromium (A4, the page's own @page rules
 * for margins and page numbers), in a temporary folder of its own, without blocking the process.
 * Offline: the page loads nothing, and Chromium is told not to call home. Rejects with the reason.
 */
async function printWithChromium(chromium: string, html: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'samlad-pdf-'));
  try {
    const page = join(dir, 'page.html');
    const out = join(dir, 'page.pdf');
    await writeFile(page, html);
    const stderr = await run(chromium, [
      ...HEADLESS_CHROMIUM, '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${out}`, pathToFileURL(page).href,
    ]);
    if (!existsSync(out)) throw new Error(stderr.split('\n').slice(-3).join(' ').slice(0, 300) || 'Chromium wrote no PDF');
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `samlad serve`'s PDF printer for reports.pdf: one Chromium kept running between prints, a
 * one-off Chromium if that fails; null when there is no Chromium (core then says so).
 */
export function chromiumPdfRenderer(): PdfRenderer | null {
  const chromium = chromiumPath();
  if (!chromium) return null;
  const printer = new ChromiumPrinter(chromium);
  return (html) => printer.print(html).catch(() => printWithChromium(chromium, html));
}

/** The CLI's PDF: a missing Chromium or a failed print is a CLI error in the user's language. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const chromium = chromiumPath();
  if (!chromium) throw new CliError('no_chromium', {}, 1);
  try {
    return await printWithChromium(chromium, html);
  } catch (e) {
    throw new CliError('pdf_failed', { reason: e instanceof Error ? e.message : String(e) }, 1);
  }
}
