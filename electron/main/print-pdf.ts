import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The app's PDF printer for reports.pdf: the page in a hidden window of its own (no script, no
 * Node, sandboxed, loaded from a temporary file so its size is no URL's limit), printed with
 * webContents.printToPDF honouring the page's own @page rules (A4, margins, page numbers).
 * Thin glue around Electron; it cannot run where Electron's binary is missing (CI, the e2e
 * tests use `samlad serve`, which prints with Chromium the same way).
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'samlad-print-'));
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
  try {
    const page = join(dir, 'page.html');
    await writeFile(page, html);
    await win.loadFile(page);
    return await win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
