/** "lagesbild-2026-11-24-1405": a file name for a moment, safe on every OS. */
export function stampedName(prefix: string, iso: string): string {
  return `${prefix}-${iso.slice(0, 16).replace('T', '-').replace(':', '')}`;
}
