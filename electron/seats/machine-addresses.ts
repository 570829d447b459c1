import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** How long the machine's addresses are trusted: a shared room's every tile asks, DHCP changes rarely. */
const ADDRESSES_TTL_MS = 5_000;
let known: { list: NetworkInterfaceInfo[]; at: number } | null = null;

/** This machine's network interfaces' addresses, asked of the OS at most once every few seconds. */
export function machineAddresses(): readonly NetworkInterfaceInfo[] {
  const now = Date.now();
  if (known && now - known.at < ADDRESSES_TTL_MS) return known.list;
  known = { list: Object.values(networkInterfaces()).flatMap((list) => list ?? []), at: now };
  return known.list;
}

/** An address as a URL or Host header writes it: IPv6 in brackets. */
export function bracketed(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}
