import { wgs84ToSweref99 } from '../../../shared/map/coords';

/** Hemisphere letters in the reader's language (Ö/V in Swedish, E/W in English). */
export interface Hemispheres {
  north: string;
  south: string;
  east: string;
  west: string;
}

/** A position as the staff read it aloud: WGS84 decimal degrees, and SWEREF 99 TM whole metres. */
export function formatWgs84(lat: number, lng: number, h: Hemispheres, decimalComma: boolean): string {
  const deg = (v: number) => {
    const s = Math.abs(v).toFixed(5);
    return decimalComma ? s.replace('.', ',') : s;
  };
  return `${deg(lat)}° ${lat < 0 ? h.south : h.north} ${deg(lng)}° ${lng < 0 ? h.west : h.east}`;
}

export function formatSweref(lat: number, lng: number): string {
  const { n, e } = wgs84ToSweref99({ lat, lon: lng });
  return `N ${Math.round(n)} E ${Math.round(e)}`;
}
