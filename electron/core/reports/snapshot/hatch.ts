/** Space between hatch lines, in SVG units (about 1.6 mm on an A4 page). */
const SPACING = 9;

/**
 * An area's hatching as plain lines clipped to its outline. Not an SVG <pattern>: Chromium prints
 * a pattern as tiles, which made a 200-feature report's PDF twice the size and seconds slower.
 * `path` is the outline's path data (absolute M/L/Z), `id` unique in the picture.
 */
export function hatch(id: string, path: string, angles: readonly number[], color: string, opacity: number): string {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  if (numbers.length < 4 || angles.length === 0) return '';
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = numbers[i] ?? 0;
    const y = numbers[i + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  // Rotated lines must still cover the outline's box: a square of its diagonal.
  const half = Math.min(Math.hypot(maxX - minX, maxY - minY) / 2, 2_000) + SPACING;
  const lines: string[] = [];
  for (let x = cx - half; x <= cx + half; x += SPACING) lines.push(`M${x.toFixed(1)} ${(cy - half).toFixed(1)}V${(cy + half).toFixed(1)}`);
  const d = lines.join('');
  const rotated = angles.map((a) => `<path d="${d}" transform="rotate(${a} ${cx.toFixed(1)} ${cy.toFixed(1)})"/>`).join('');
  return `<clipPath id="${id}"><path d="${path}" clip-rule="evenodd"/></clipPath><g clip-path="url(#${id})" fill="none" stroke="${color}" stroke-width="2.2" stroke-opacity="${opacity}">${rotated}</g>`;
}
