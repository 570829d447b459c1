// Where the app's own pages live. The renderer is served from this custom scheme, never file://,
// so that it gets a real origin (CSP 'self' means something) and no access to the disk.
export const APP_SCHEME = 'samlad';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL is one of ours. Parsed rather than compared with startsWith, so that
 * 'samlad://app.evil/' or 'samlad://app@x/' are not ours. (URL.origin is 'null' for
 * non-special schemes in Node's URL, so compare scheme and host instead.)
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
