import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';

export { CONTENT_SECURITY_POLICY };

/** Headers every response of the custom protocol carries, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // The files change with every build; a stale cached chunk would break the window.
    'Cache-Control': 'no-store',
  };
}
