import type { ActorType } from '../../../shared/domain/actor.js';
import { neighboursOf } from '../../../shared/kommun-neighbours.js';
import { findKommun } from '../../../shared/kommuner.js';

export interface SeedActor {
  name: string;
  type: ActorType;
}

/** Each län (the first two digits of a kommunkod): its region and its länsstyrelse. */
const LAN: Record<string, { region: string; county: string }> = {
  '01': { region: 'Region Stockholm', county: 'Länsstyrelsen i Stockholms län' },
  '03': { region: 'Region Uppsala', county: 'Länsstyrelsen i Uppsala län' },
  '04': { region: 'Region Sörmland', county: 'Länsstyrelsen i Södermanlands län' },
  '05': { region: 'Region Östergötland', county: 'Länsstyrelsen i Östergötlands län' },
  '06': { region: 'Region Jönköpings län', county: 'Länsstyrelsen i Jönköpings län' },
  '07': { region: 'Region Kronoberg', county: 'Länsstyrelsen i Kronobergs län' },
  '08': { region: 'Region Kalmar län', county: 'Länsstyrelsen i Kalmar län' },
  '09': { region: 'Region Gotland', county: 'Länsstyrelsen i Gotlands län' },
  '10': { region: 'Region Blekinge', county: 'Länsstyrelsen i Blekinge län' },
  '12': { region: 'Region Skåne', county: 'Länsstyrelsen i Skåne län' },
  '13': { region: 'Region Halland', county: 'Länsstyrelsen i Hallands län' },
  '14': { region: 'Västra Götalandsregionen', county: 'Länsstyrelsen i Västra Götalands län' },
  '17': { region: 'Region Värmland', county: 'Länsstyrelsen i Värmlands län' },
  '18': { region: 'Region Örebro län', county: 'Länsstyrelsen i Örebro län' },
  '19': { region: 'Region Västmanland', county: 'Länsstyrelsen i Västmanlands län' },
  '20': { region: 'Region Dalarna', county: 'Länsstyrelsen i Dalarnas län' },
  '21': { region: 'Region Gävleborg', county: 'Länsstyrelsen i Gävleborgs län' },
  '22': { region: 'Region Västernorrland', county: 'Länsstyrelsen i Västernorrlands län' },
  '23': { region: 'Region Jämtland Härjedalen', county: 'Länsstyrelsen i Jämtlands län' },
  '24': { region: 'Region Västerbotten', county: 'Länsstyrelsen i Västerbottens län' },
  '25': { region: 'Region Norrbotten', county: 'Länsstyrelsen i Norrbottens län' },
};

/**
 * The usual actors of a kommun's crisis staff (issue 10): its own krisledning and förvaltningar,
 * the blue-light and state actors, the neighbouring kommuner (boundaries touching, from
 * shared/kommun-neighbours.ts), the kommun's companies, and the voluntary and civil actors.
 * Generic names where the real one differs by kommun (the companies): the staff renames them.
 */
export function seedActors(kommunCode: string): SeedActor[] {
  const lan = LAN[kommunCode.slice(0, 2)];
  const neighbours = neighboursOf(kommunCode)
    .map((code) => findKommun(code)?.name)
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .map((name): SeedActor => ({ name: `${name} kommun`, type: 'neighbour' }));
  return [
    { name: 'Kommunens krisledning', type: 'crisis_management' },
    { name: 'Kommunledningsförvaltningen', type: 'department' },
    { name: 'Socialförvaltningen', type: 'department' },
    { name: 'Utbildningsförvaltningen', type: 'department' },
    { name: 'Samhällsbyggnadsförvaltningen', type: 'department' },
    { name: 'Räddningstjänsten', type: 'rescue' },
    { name: 'Polisen', type: 'police' },
    { name: lan?.region ?? 'Regionen', type: 'region' },
    { name: lan?.county ?? 'Länsstyrelsen', type: 'county' },
    { name: 'SOS Alarm', type: 'sos' },
    { name: 'Trafikverket', type: 'transport' },
    { name: 'Försvarsmakten', type: 'armed_forces' },
    ...neighbours,
    { name: 'Energibolaget', type: 'company' },
    { name: 'VA-bolaget', type: 'company' },
    { name: 'Bostadsbolaget', type: 'company' },
    { name: 'FRG (Frivilliga resursgruppen)', type: 'volunteers' },
    { name: 'POSOM', type: 'posom' },
    { name: 'Svenska kyrkan', type: 'church' },
    { name: 'Näringslivet', type: 'business' },
  ];
}
