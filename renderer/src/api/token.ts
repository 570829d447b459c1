const STORAGE_KEY = 'samlad.token';

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
  return sessionStorage.getItem(STORAGE_KEY);
}
