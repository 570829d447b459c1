import { hostname } from 'node:os';
import { bracketed, machineAddresses } from './machine-addresses.js';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/** The names this machine answers to on the network: its interfaces' addresses and its own name. */
function machineNames(): string[] {
  return [hostname(), ...machineAddresses().map((i) => bracketed(i.address))];
}

/** Every name a page may use to reach a server listening on `listenHost`. */
function allowedNames(listenHost: string): string[] {
  const names = [...LOOPBACK_NAMES, bracketed(listenHost)];
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
