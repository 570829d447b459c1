import { useTranslation } from 'react-i18next';
import type { ReportMap } from '../../../shared/reports/domain';

/**
 * The report's map snapshot. Shown only as an image (a data: URL): an image never runs a script
 * nor loads anything, so a neighbour's snapshot is as inert as our own.
 */
export function ReportMapFigure({ map }: { map: ReportMap | null | undefined }) {
  const { t } = useTranslation('reports');
  if (map === undefined) return null;
  if (map === null) return <p className="muted">{t('snapshot.none')}</p>;
  return (
    <figure className="report-map" data-testid="report-map">
      <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(map.svg)}`} alt={t('snapshot.alt', { drawn: map.drawn })} />
      {map.left_out > 0 && <figcaption>{t('snapshot.leftOut', { count: map.left_out })}</figcaption>}
    </figure>
  );
}
