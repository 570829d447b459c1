import { hostname, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

function shown(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}

/** How long the machine's addresses are trusted: a shared room's every tile asks, DHCP changes rarely. */
const NAMES_TTL_MS = 5_000;
let known: { names: string[]; at: number } | null = null;

/** The names this machine answers to on the network: its interfaces' addresses and its own name. */
function machineNames(): string[] {
  const now = Date.now();
  if (known && now - known.at < NAMES_TTL_MS) return known.names;
  const names: string[] = [hostname()];
  for (const list of Object.values(networkInterfaces())) {
    for (const i of list ?? []) names.push(shown(i.address));
  }
  known = { names, at: now };
  return names;
}

/** Every name a page may use to reach a server listening on `listenHost`. */
function allowedNames(listenHost: string): string[] {
  const names = [...LOOPBACK_NAMES, shown(listenHost)];
  // Listening on every address: any of the machine's own addresses (looked up afresh every few seconds: DHCP may change them).
  if (ANY_ADDRESS.has(listenHost)) names.push(...machineNames());
  return names.map((n) => n.toLowerCase());
}

/**
 * Whether a request's Host header names this server. A page on an attacker's domain that DNS
 * rebinding has pointed at 127.0.0.1 sends its own name as Host: it is refused before the token
 * is even looked at.
 */
export function hostAllowed(hostHeader: string | undefined, listenHost: string, port: number, tls = false): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase();
  const names = allowedNames(listenHost);
  // A browser sends the name alone for the scheme's default port.
  const defaultPort = port === (tls ? 443 : 80);
  return names.some((n) => host === `${n}:${port}` || (defaultPort && host === n));
}
