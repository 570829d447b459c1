import proj4 from 'proj4';

// SWEREF 99 TM (EPSG:3006), the national grid Swedish staff and Lantmäteriet's maps use.
// Stand-in until shared/map/coords.ts (the map back end's one definition) is merged.
const EPSG3006 = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const toSweref = proj4('EPSG:4326', EPSG3006);

export function wgs84ToSweref99tm(lat: number, lng: number): { northing: number; easting: number } {
  const [easting, northing] = toSweref.forward([lng, lat]) as [number, number];
  return { northing, easting };
}

export function sweref99tmToWgs84(northing: number, easting: number): { lat: number; lng: number } {
  const [lng, lat] = toSweref.inverse([easting, northing]) as [number, number];
  return { lat, lng };
}
