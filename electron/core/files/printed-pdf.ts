import { ApiError } from '../../../shared/api/errors.js';
import { AfterRead } from '../after-read.js';

/**
 * Prints a self-contained HTML page to PDF (A4, the page's own @page rules). Given by whoever runs
 * core: `samlad serve` passes headless Chromium, the Electron main process webContents.printToPDF.
 */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

export interface PdfFile {
  file_name: string;
  mime_type: 'application/pdf';
  base64: string;
}

/**
 * A page printed to PDF after the read that made it (printing awaits; a read transaction cannot),
 * for a seat to download. No printer in this process, or a failing one, is a clear error.
 * `what` names the page in the log message ("report 3", "the journal archive").
 */
export function printedPdf(pdf: PdfRenderer | null, html: string, fileName: string, what: string, details: Record<string, string | number> = {}): AfterRead<PdfFile> {
  if (!pdf) throw new ApiError('pdf_unavailable', `this Samlad has no PDF printer (${what}: the CLI prints it)`);
  return new AfterRead(async () => {
    let bytes: Uint8Array;
    try {
      bytes = await pdf(html);
    } catch (e) {
      throw new ApiError('pdf_failed', `printing ${what} failed: ${e instanceof Error ? e.message : String(e)}`.slice(0, 400), details);
    }
    return { file_name: fileName, mime_type: 'application/pdf', base64: Buffer.from(bytes).toString('base64') };
  });
}
