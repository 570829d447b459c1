import type { Hatch } from './featureStyle';

/**
 * An area's fill with stripes (featureStyle's `hatch`) as a canvas pattern: the fill colour at its
 * opacity, and over it stripes of the same colour, strong. Made once per look.
 */
const SIZE = 14;
const patterns = new Map<string, CanvasPattern | null>();

/**
 * The stripes of one square tile of `size`, as lines [x1, y1, x2, y2]: corner to corner, with the
 * cut-off ends drawn too, so they join across tiles. The map's canvas and the legend's SVG swatch
 * draw the same ones.
 */
export function hatchLines(hatch: Hatch, size: number): [number, number, number, number][] {
  const lines: [number, number, number, number][] = [];
  for (const o of [-size, 0, size]) {
    lines.push([o, size, o + size, 0]);
    if (hatch === 'cross') lines.push([o, 0, o + size, size]);
  }
  return lines;
}

export function hatchPattern(hatch: Hatch, color: string, fillOpacity: number, stripe: string): CanvasPattern | null {
  const key = `${hatch}|${color}|${fillOpacity}|${stripe}`;
  const known = patterns.get(key);
  if (known !== undefined) return known;
  const tile = document.createElement('canvas');
  tile.width = SIZE;
  tile.height = SIZE;
  const ctx = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (ctx) {
    ctx.globalAlpha = fillOpacity;
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, SIZE, SIZE);
    ctx.globalAlpha = 0.85;
    ctx.strokeStyle = stripe;
    ctx.lineWidth = 3;
    ctx.beginPath();
    for (const [x1, y1, x2, y2] of hatchLines(hatch, SIZE)) {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
  }
  patterns.set(key, pattern);
  return pattern;
}
