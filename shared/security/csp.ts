/**
 * The one Content-Security-Policy of every page of the board, in the Electron window (custom
 * protocol) and from the seat server alike: only our own scripts, styles and sockets; nothing
 * inline, no eval, nothing from elsewhere. Sent as a header (a <meta> tag cannot carry
 * frame-ancestors).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
