import { useTranslation } from 'react-i18next';
import { FEATURE_STATUSES, type Category, type FeatureStatus } from '../../../../shared/map/categories';
import type { Feature } from '../../../../shared/map/feature';
import { actorsInUse } from './actorFilter';
import { pathStyle } from './featureStyle';
import { hatchLines } from './hatch';
import { symbolUrl } from './symbols';
import type { MapPrefs } from './useMapPrefs';

function Swatch({ category, kind }: { category: Category; kind: Feature['kind'] }) {
  if (kind === 'point') return <img className="map-legend-symbol" src={symbolUrl(category)} alt="" />;
  const s = pathStyle(category, 'active');
  const hatchId = `map-hatch-${category}`;
  return (
    <svg className="map-legend-swatch" viewBox="0 0 40 20" aria-hidden="true">
      {kind === 'area' && s.hatch && (
        <defs>
          <pattern id={hatchId} width="7" height="7" patternUnits="userSpaceOnUse">
            <rect width="7" height="7" fill={s.fillColor} fillOpacity={s.fillOpacity + 0.2} />
            <path d={hatchLines(s.hatch, 7).map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`).join('')} stroke={s.color} strokeWidth="1.5" />
          </pattern>
        </defs>
      )}
      {kind === 'area' ? (
        <rect
          x="3"
          y="3"
          width="34"
          height="14"
          fill={s.hatch ? `url(#${hatchId})` : s.fillColor}
          fillOpacity={s.hatch ? 1 : s.fillOpacity + 0.2}
          stroke={s.color}
          strokeWidth="3"
          strokeDasharray={s.dashArray ?? undefined}
        />
      ) : (
        <line x1="2" y1="10" x2="38" y2="10" stroke={s.color} strokeWidth="5" strokeDasharray={s.dashArray ?? undefined} />
      )}
    </svg>
  );
}

/** The legend of the symbols in use, each a toggle; statuses, responsible actors and place names as toggles too. */
export function LegendSection({ features, prefs, onPrefs }: { features: readonly Feature[]; prefs: MapPrefs; onPrefs: (p: Partial<MapPrefs>) => void }) {
  const { t } = useTranslation('map');
  const inUse = new Map<Category, Feature['kind']>();
  for (const f of features) if (!inUse.has(f.category)) inUse.set(f.category, f.kind);
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? list.filter((x) => x !== item) : [...list, item]);
  const statusCount = (s: FeatureStatus) => features.filter((f) => f.status === s).length;
  const actors = actorsInUse(features);

  return (
    <section className="map-side-section" data-testid="legend">
      <h3>{t('legend.title')}</h3>
      {inUse.size === 0 ? (
        <p className="muted">{t('legend.empty')}</p>
      ) : (
        <ul className="map-legend-list">
          {[...inUse].map(([category, kind]) => (
            <li key={category}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!prefs.hiddenCategories.includes(category)}
                  onChange={(e) => onPrefs({ hiddenCategories: toggle(prefs.hiddenCategories, category, e.target.checked) })}
                />
                <Swatch category={category} kind={kind} />
                {t(`category.${category}`)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="map-legend-statuses">
        <legend>{t('draw.status')}</legend>
        {FEATURE_STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={!prefs.hiddenStatuses.includes(s)} onChange={(e) => onPrefs({ hiddenStatuses: toggle(prefs.hiddenStatuses, s, e.target.checked) })} />
            {t('legend.statusCount', { status: t(`status.${s}`), count: statusCount(s) })}
          </label>
        ))}
      </fieldset>
      {actors.length > 0 && (
        <fieldset className="map-legend-actors" data-testid="legend-actors">
          <legend>{t('draw.actor')}</legend>
          {actors.map((a) => (
            <label key={a.key} className="check">
              <input type="checkbox" checked={!prefs.hiddenActors.includes(a.key)} onChange={(e) => onPrefs({ hiddenActors: toggle(prefs.hiddenActors, a.key, e.target.checked) })} />
              <bdi>{t('legend.actorCount', { actor: a.key === '' ? t('legend.noActor') : a.name, count: a.count })}</bdi>
            </label>
          ))}
        </fieldset>
      )}
      <label className="check">
        <input type="checkbox" checked={prefs.placeNames} onChange={(e) => onPrefs({ placeNames: e.target.checked })} />
        {t('legend.placeNames')}
      </label>
      <label className="check">
        <input type="checkbox" checked={prefs.warnings} onChange={(e) => onPrefs({ warnings: e.target.checked })} data-testid="legend-warnings" />
        {t('legend.warnings')}
      </label>
      <label className="check">
        <input type="checkbox" checked={prefs.neighbours} onChange={(e) => onPrefs({ neighbours: e.target.checked })} data-testid="legend-neighbours" />
        {t('legend.neighbours')}
      </label>
    </section>
  );
}
