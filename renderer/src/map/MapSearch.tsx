import L from 'leaflet';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findKommun, KOMMUNER } from '../../../shared/kommuner';
import type { LiveMap } from './useLeafletMap';
import { parseCoordinateQuery } from './coordinateQuery';
import { searchNames, type NameHit } from './nameSearch';
import { sweref99ToWgs84 } from '../../../shared/map/coords';

/** Zoom for a place or a coordinate: a town and its streets' surroundings. */
const POINT_ZOOM = 12;

/**
 * The search box: a place name, a kommun name, or a coordinate (WGS84 or SWEREF 99 TM) → the
 * map goes there. Several names match: they are listed as buttons to pick from.
 */
export function MapSearch({ live }: { live: LiveMap | null }) {
  const { t } = useTranslation('map');
  const [text, setText] = useState('');
  const [hits, setHits] = useState<NameHit[]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const resultsId = useId();

  function hitLabel(hit: NameHit): string {
    if (hit.kind === 'kommun') return t('search.kommun', { name: hit.kommun.name });
    return t('search.place', { name: hit.place.name, kommun: findKommun(hit.place.kommun)?.name ?? hit.place.kommun });
  }

  function go(hit: NameHit): void {
    if (!live) return;
    live.userMoved();
    if (hit.kind === 'kommun') {
      const b = live.basemap.kommunBounds(hit.kommun.code);
      if (b) live.map.fitBounds(b, { padding: [24, 24] });
    } else {
      live.map.setView([hit.place.lat, hit.place.lng], POINT_ZOOM);
    }
    setHits([]);
    setMessage({ text: t('search.went', { what: hitLabel(hit) }), error: false });
  }

  function submit(e: FormEvent): void {
    e.preventDefault();
    if (!live || text.trim() === '') return;
    const coords = parseCoordinateQuery(text);
    if (coords) {
      live.userMoved();
      const wgs = coords.kind === 'wgs84' ? { lat: coords.lat, lon: coords.lng } : sweref99ToWgs84({ n: coords.northing, e: coords.easting });
      const at = { lat: wgs.lat, lng: wgs.lon };
      const bounds = live.map.options.maxBounds;
      if (bounds instanceof L.LatLngBounds && !bounds.contains([at.lat, at.lng])) {
        setMessage({ text: t('search.outside'), error: true });
        return;
      }
      live.map.setView([at.lat, at.lng], Math.max(live.map.getZoom(), POINT_ZOOM));
      setHits([]);
      setMessage({ text: t('search.went', { what: text.trim() }), error: false });
      return;
    }
    const found = searchNames(text, KOMMUNER, live.data.places);
    const [first] = found;
    if (!first) {
      setHits([]);
      setMessage({ text: t('search.noMatch', { query: text.trim() }), error: true });
    } else if (found.length === 1) {
      go(first);
    } else {
      setHits(found);
      setMessage(null);
    }
  }

  return (
    <div className="map-search">
      <form role="search" onSubmit={submit} className="map-search-form">
        <label className="visually-hidden" htmlFor={`${resultsId}-q`}>
          {t('search.label')}
        </label>
        <input
          id={`${resultsId}-q`}
          type="search"
          value={text}
          placeholder={t('search.placeholder')}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={message ? `${resultsId}-msg` : undefined}
          aria-invalid={message?.error === true}
          data-testid="map-search"
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <p id={`${resultsId}-msg`} className={message?.error ? 'map-search-message error-text' : 'map-search-message visually-hidden'} role="status">
        {message?.text}
      </p>
      {hits.length > 0 && (
        <ul className="map-search-hits" aria-label={t('search.results')} data-testid="map-search-hits">
          {hits.map((hit) => (
            <li key={hit.kind === 'kommun' ? `k${hit.kommun.code}` : `p${hit.place.name}${hit.place.lat}${hit.place.lng}`}>
              <button type="button" className="link" onClick={() => go(hit)}>
                {hitLabel(hit)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
