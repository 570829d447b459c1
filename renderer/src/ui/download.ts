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

/** A file the server sent as base64 (a printed PDF, an archive) as a download of its type. */
export function downloadBase64(file: { file_name: string; mime_type: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  download(new Blob([bytes], { type: file.mime_type }), file.file_name);
}
