/**
 * Hands a file to the browser's download (the seat's own disk), named by us, never navigating
 * away. The object URL lives a while after the click: the download takes its copy meanwhile.
 */
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

/** A text (an export the server made) as a download of that type. */
export function downloadText(fileName: string, text: string, type: string): void {
  download(new Blob([text], { type }), fileName);
}
