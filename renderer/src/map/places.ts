/** A place name of the offline basemap (resources/map/places-se.json, from GeoNames). */
export interface Place {
  name: string;
  lat: number;
  lng: number;
  /** The kommunkod the place lies in. */
  kommun: string;
  /** 0 = residence city of a län, 1 = a kommun's namesake town, 2 = other places. */
  rank: number;
}

/** Reads places-se.json's shape, dropping anything that is not a place (the file is ours, but is data). */
export function parsePlaces(json: unknown): Place[] {
  const list = (json as { places?: unknown } | null)?.places;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (p): p is Place =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as Place).name === 'string' &&
      Number.isFinite((p as Place).lat) &&
      Number.isFinite((p as Place).lng) &&
      typeof (p as Place).kommun === 'string' &&
      Number.isInteger((p as Place).rank),
  );
}
