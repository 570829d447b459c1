import type { PdfRenderer } from '../files/printed-pdf.js';
import type { KommunBoundaries } from '../geo/kommun-boundaries.js';
import type { SymbolSet } from './snapshot/symbols.js';

export type { PdfRenderer };

/** What reports need from outside the board: the map snapshot's boundaries and symbols, and a PDF printer. */
export interface ReportTools {
  boundaries: KommunBoundaries;
  symbols: SymbolSet;
  /** Null: no PDF from this process (a clear error says so). */
  pdf: PdfRenderer | null;
}
