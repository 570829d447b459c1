const STORAGE_KEY = 'samlad.token';
/** The QR code's address carries the pairing code as ?pair=… (shared/room/contract.ts). */
const PAIR_PARAM = 'pair';

/**
 * The seat's access token: taken from ?token= on first load, kept in sessionStorage (so a reload
 * of this tab still works) and removed from the visible URL so it is not shown on a wall display
 * or copied along with a screenshot or a shared link.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  // An address with a pairing code asks for a new seat: an old token of this tab is not used.
  if (url.searchParams.has(PAIR_PARAM)) return null;
  return sessionStorage.getItem(STORAGE_KEY);
}

/** Keeps the token a pairing gave this seat (this tab only: a new tab pairs again). */
export function storeToken(token: string): void {
  sessionStorage.setItem(STORAGE_KEY, token);
}

/** The pairing code in the address (the QR code's ?pair=…), to prefill the join form. */
export function pairCodeInAddress(): string {
  return new URL(window.location.href).searchParams.get(PAIR_PARAM) ?? '';
}

/** Once paired, the code leaves the address bar: a reload or a copied link does not pair again. */
export function forgetPairCodeInAddress(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(PAIR_PARAM)) return;
  url.searchParams.delete(PAIR_PARAM);
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

/**
 * A tile address of the board's own route with this seat's token on it: on the room's network the
 * server gives a background layer's tiles (fetched with the board's key) to paired seats only, and
 * an <img> cannot send a header. The desktop window has no token and needs none.
 */
export function withSeatToken(url: string): string {
  const token = storedToken();
  return token ? `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}` : url;
}

/** This tab's token, or null (none, or no sessionStorage here: the desktop window's tests, Node). */
function storedToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
