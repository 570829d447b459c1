import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './args.js';

/** The Chromium the CLI prints with (the app itself uses Electron's printToPDF). */
export function chromiumPath(): string | null {
  const candidates = [process.env.SAMLAD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/**
 * Prints a self-contained HTML page to PDF with headless Chromium (A4, the page's own @page rules
 * for margins and page numbers). Offline: the page loads nothing, and Chromium is told not to call home.
 */
export function htmlToPdf(html: string): Buffer {
  const chromium = chromiumPath();
  if (!chromium) throw new CliError('no_chromium', {}, 1);
  const dir = mkdtempSync(join(tmpdir(), 'samlad-pdf-'));
  try {
    const page = join(dir, 'page.html');
    const out = join(dir, 'page.pdf');
    writeFileSync(page, html);
    const run = spawnSync(
      chromium,
      ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-pdf-header-footer', `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${out}`, pathToFileURL(page).href],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (!existsSync(out)) throw new CliError('pdf_failed', { reason: (run.stderr || run.error?.message || '').split('\n').slice(-3).join(' ').slice(0, 300) }, 1);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
