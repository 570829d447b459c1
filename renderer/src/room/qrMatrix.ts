import QRCode from 'qrcode';

/** The quiet zone the QR standard asks for (4 modules of light on every side): phones need it to find the code. */
export const QR_QUIET_MODULES = 4;

export interface QrDrawing {
  /** Width and height in modules, quiet zone included (the SVG's viewBox). */
  size: number;
  /** One SVG path of every dark module, each a 1×1 square, already offset by the quiet zone. */
  path: string;
}

/**
 * The QR code of a pairing address as one SVG path (drawn by React, not injected as markup).
 * Error correction M: a code on a laptop screen photographed at an angle still reads.
 */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QR_QUIET_MODULES} ${row + QR_QUIET_MODULES}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QR_QUIET_MODULES, path: parts.join('') };
}
