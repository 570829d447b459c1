import { APP_HOST, APP_SCHEME } from './app-origin.js';

// The custom protocol's own part: which URLs are ours. What a path names, and how it is served,
// is the seat server's one static file server (electron/seats/static-files.ts).

/**
 * The URL path of a samlad://app/ request, still percent-encoded, or null when the URL is not
 * ours (another scheme or host, a look-alike host, user info).
 */
export function appRequestPath(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.username !== '' || url.password !== '') return null;
  return url.pathname;
}
