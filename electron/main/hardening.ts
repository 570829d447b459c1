import { app, session, shell, type WebContents } from 'electron';

/**
 * Opens a link the user clicked in the OS browser, but only https: (no file:, smb:, custom
 * handlers, javascript: or plain http: — the usual ways shell.openExternal is abused).
 */
function openInBrowserIfSafe(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return;
  shell.openExternal(parsed.href).catch(() => undefined);
}

/** No web contents of ours ever navigates away, opens a window or hosts a <webview>. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInBrowserIfSafe(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowserIfSafe(url);
    return { action: 'deny' };
  });
}

/**
 * Applies to every web contents created from now on (the window, devtools, anything a bug might
 * create), as the Electron security checklist recommends. Call once, before the window exists.
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  // The board needs no camera, microphone, location, notifications, MIDI or HID.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
