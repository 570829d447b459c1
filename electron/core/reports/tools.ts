import type { KommunBoundaries } from '../geo/kommun-boundaries.js';
import type { SymbolSet } from './snapshot/symbols.js';

/**
 * Prints a self-contained HTML page to PDF (A4, the page's own @page rules). Given by whoever runs
 * core: `samlad serve` passes headless Chromium, the Electron main process webContents.printToPDF.
 */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/** What reports need from outside the board: the map snapshot's boundaries and symbols, and a PDF printer. */
export interface ReportTools {
  boundaries: KommunBoundaries;
  symbols: SymbolSet;
  /** Null: no PDF from this process (a clear error says so). */
  pdf: PdfRenderer | null;
}
