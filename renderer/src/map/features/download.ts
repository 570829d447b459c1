/** Hands a file to the browser's download (the seat's own disk), named by us, never navigating away. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "lagesbild-2026-11-24-1405": a file name for a moment, safe on every OS. */
export function stampedName(prefix: string, iso: string): string {
  return `${prefix}-${iso.slice(0, 16).replace('T', '-').replace(':', '')}`;
}
