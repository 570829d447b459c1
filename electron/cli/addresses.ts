import type { Translator } from './messages.js';

export interface SeatAddresses {
  staff: string;
  wall: string;
}

/**
 * What `samlad serve` prints about its addresses, staff first. A program reading stdout gets the
 * staff address alone as the first line (tests, scripts and `npm start` parse it); a person at a
 * terminal gets it with its role. The wall's read-only address always goes to stderr, labelled.
 */
export function addressLines(urls: SeatAddresses, tr: Translator, stdoutIsTerminal: boolean): { out: string[]; err: string[] } {
  const staff = tr.t('address_staff');
  const wall = tr.t('address_wall');
  const width = Math.max(staff.length, wall.length) + 2;
  const label = (name: string): string => `${name}:`.padEnd(width);
  return {
    out: [stdoutIsTerminal ? `${label(staff)}${urls.staff}` : urls.staff],
    err: [`${label(wall)}${urls.wall}`],
  };
}
