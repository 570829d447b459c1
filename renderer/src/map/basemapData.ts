import type { FeatureCollection, Geometry } from 'geojson';
import { parsePlaces, type Place } from './places';

/** The embedded offline basemap, served from the app's own origin (the /resources/ route). */
export const BASEMAP_FILES = {
  kommuner: '/resources/geo/sweden-kommuner.geojson',
  lan: '/resources/geo/sweden-lan.geojson',
  places: '/resources/map/places-se.json',
} as const;

export interface KommunProps {
  KnKod: string;
  KnNamn: string;
}

export interface BasemapData {
  kommuner: FeatureCollection<Geometry, KommunProps>;
  lan: FeatureCollection;
  places: Place[];
}

async function json(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

function collection<P>(value: unknown, url: string): FeatureCollection<Geometry, P> {
  const fc = value as FeatureCollection<Geometry, P> | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${url}: not a GeoJSON FeatureCollection`);
  return fc;
}

let loading: Promise<BasemapData> | null = null;

/** Loaded once per page: every map (and every CRS switch) draws from the same data. */
export function loadBasemap(): Promise<BasemapData> {
  loading ??= Promise.all([json(BASEMAP_FILES.kommuner), json(BASEMAP_FILES.lan), json(BASEMAP_FILES.places)]).then(([k, l, p]) => ({
    kommuner: collection<KommunProps>(k, BASEMAP_FILES.kommuner),
    lan: collection(l, BASEMAP_FILES.lan),
    places: parsePlaces(p),
  }));
  loading.catch(() => {
    loading = null; // a later try may succeed
  });
  return loading;
}
