import type L from 'leaflet';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSweref, formatWgs84 } from './coordsFormat';
import { isRemoved } from './useLeafletMap';
import { pickPlace } from '../panes/pickedPlace';

interface Position {
  lat: number;
  lng: number;
}

function useHemispheres() {
  const { t, i18n } = useTranslation('map');
  return {
    h: { north: t('coords.north'), south: t('coords.south'), east: t('coords.east'), west: t('coords.west') },
    decimalComma: i18n.language === 'sv',
  };
}

function Coordinates({ label, at, testId }: { label: string; at: Position | null; testId: string }) {
  const { t } = useTranslation('map');
  const { h, decimalComma } = useHemispheres();
  return (
    <div className="map-coords-row" data-testid={testId}>
      <span className="map-coords-label">{label}</span>
      <span className="map-coords-system">{t('coords.wgs84')}</span>
      <output className="map-coords-value" data-system="wgs84">
        {at ? formatWgs84(at.lat, at.lng, h, decimalComma) : t('coords.none')}
      </output>
      <span className="map-coords-system">{t('coords.sweref')}</span>
      <output className="map-coords-value" data-system="sweref">
        {at ? formatSweref(at.lat, at.lng) : t('coords.none')}
      </output>
    </div>
  );
}

/**
 * Where the pointer is, where the map was last clicked, in WGS84 and SWEREF 99 TM. Without a
 * pointer (keyboard, touch) the map's centre stands in for it.
 */
export function CoordinateBar({ map }: { map: L.Map | null }) {
  const { t } = useTranslation('map');
  const [pointer, setPointer] = useState<Position | null>(null);
  const [center, setCenter] = useState<Position | null>(null);
  const [click, setClick] = useState<Position | null>(null);

  useEffect(() => {
    if (!map || isRemoved(map)) return;
    let frame = 0;
    let dragging = false;
    const onDrag = (e: L.LeafletEvent) => {
      dragging = e.type === 'dragstart';
    };
    const onMove = (e: L.LeafletMouseEvent) => {
      // While the map is dragged the pointer stays on one spot of it: nothing to update.
      if (dragging) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPointer({ lat: e.latlng.lat, lng: e.latlng.lng }));
    };
    const onOut = () => {
      cancelAnimationFrame(frame);
      setPointer(null);
    };
    const onClick = (e: L.LeafletMouseEvent) => {
      setClick({ lat: e.latlng.lat, lng: e.latlng.lng });
      // Offered to the journal: an entry can be given this place.
      pickPlace({ lat: Math.round(e.latlng.lat * 1e6) / 1e6, lon: Math.round(e.latlng.lng * 1e6) / 1e6 });
    };
    const onMoveEnd = () => setCenter(map.getCenter());
    onMoveEnd();
    map.on('dragstart dragend', onDrag);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.on('click', onClick);
    map.on('moveend', onMoveEnd);
    return () => {
      cancelAnimationFrame(frame);
      map.off('dragstart dragend', onDrag);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('click', onClick);
      map.off('moveend', onMoveEnd);
    };
  }, [map]);

  return (
    <div className="map-coords">
      {pointer ? <Coordinates label={t('coords.pointer')} at={pointer} testId="coords-pointer" /> : <Coordinates label={t('coords.center')} at={center} testId="coords-center" />}
      <Coordinates label={t('coords.click')} at={click} testId="coords-click" />
    </div>
  );
}
