// The one Content-Security-Policy of the app window: everything from our own origin, nothing
// inline, no eval. Sent as a header on every response of the custom protocol (a <meta> tag
// could be forgotten in one page and cannot carry frame-ancestors).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers every response of the custom protocol carries, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // The files change with every build; a stale cached chunk would break the window.
    'Cache-Control': 'no-store',
  };
}
