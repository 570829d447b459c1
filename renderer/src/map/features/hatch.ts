import type { Hatch } from './featureStyle';

/**
 * An area's fill with stripes (featureStyle's `hatch`) as a canvas pattern: the fill colour at its
 * opacity, and over it stripes of the same colour, strong. Made once per look.
 */
const SIZE = 14;
const patterns = new Map<string, CanvasPattern | null>();

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
    // Corner to corner, with the cut-off ends drawn too, so the stripes join across tiles.
    for (const o of [-SIZE, 0, SIZE]) {
      ctx.moveTo(o, SIZE);
      ctx.lineTo(o + SIZE, 0);
      if (hatch === 'cross') {
        ctx.moveTo(o, 0);
        ctx.lineTo(o + SIZE, SIZE);
      }
    }
    ctx.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
  }
  patterns.set(key, pattern);
  return pattern;
}
