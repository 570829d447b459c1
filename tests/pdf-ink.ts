import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Page 1 of a PDF rendered by pdftoppm (poppler-utils) in grey at 40 dpi: its width in pixels and
 * how many of them are dark (a blank page has none).
 */
export function pageOneInk(pdf: string): { width: number; dark: number } {
  const dir = mkdtempSync(join(tmpdir(), 'samlad-ink-'));
  try {
    const run = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-gray', pdf, join(dir, 'p')], { encoding: 'utf8' });
    if (run.error) throw new Error(`pdftoppm is needed (Debian: apt-get install poppler-utils): ${run.error.message}`);
    const pgm = readFileSync(join(dir, 'p-1.pgm'));
    // P5 header: "P5\n<w> <h>\n255\n", then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (!header?.[1] || !header[2]) throw new Error('not a PGM');
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (const p of pixels) if (p < 128) dark++;
    return { width: Number(header[1]), dark };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
