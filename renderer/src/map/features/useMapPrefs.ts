import { useCallback, useState } from 'react';
import { CATEGORIES, FEATURE_STATUSES, type Category, type FeatureStatus } from '../../../../shared/map/categories';
import { ACTOR_KEY_MAX, HIDDEN_ACTORS_MAX } from './actorFilter';

/** What this seat has switched off on the map: categories, statuses, actors, place names. Kept per seat. */
export interface MapPrefs {
  hiddenCategories: Category[];
  hiddenStatuses: FeatureStatus[];
  /** Responsible actors switched off, by actorKey ('' for features without one). */
  hiddenActors: string[];
  placeNames: boolean;
  /** The areas of CAP warnings in force, and the features neighbours' reports carry. */
  warnings: boolean;
  neighbours: boolean;
}

const KEY = 'samlad.map.prefs';
const DEFAULTS: MapPrefs = { hiddenCategories: [], hiddenStatuses: [], hiddenActors: [], placeNames: true, warnings: true, neighbours: true };

/** What was stored, keeping only known values (storage is input like any other). */
export function readPrefs(raw: string | null): MapPrefs {
  try {
    const v = JSON.parse(raw ?? 'null') as Partial<MapPrefs> | null;
    if (!v || typeof v !== 'object') return DEFAULTS;
    return {
      hiddenCategories: Array.isArray(v.hiddenCategories) ? v.hiddenCategories.filter((c): c is Category => CATEGORIES.includes(c)) : [],
      hiddenStatuses: Array.isArray(v.hiddenStatuses) ? v.hiddenStatuses.filter((s): s is FeatureStatus => FEATURE_STATUSES.includes(s)) : [],
      hiddenActors: Array.isArray(v.hiddenActors)
        ? [...new Set(v.hiddenActors.filter((a): a is string => typeof a === 'string' && a.length <= ACTOR_KEY_MAX))].slice(0, HIDDEN_ACTORS_MAX)
        : [],
      placeNames: typeof v.placeNames === 'boolean' ? v.placeNames : true,
      warnings: typeof v.warnings === 'boolean' ? v.warnings : true,
      neighbours: typeof v.neighbours === 'boolean' ? v.neighbours : true,
    };
  } catch {
    return DEFAULTS;
  }
}

export function useMapPrefs() {
  const [prefs, setPrefs] = useState<MapPrefs>(() => readPrefs(localStorage.getItem(KEY)));
  const update = useCallback((patch: Partial<MapPrefs>) => {
    setPrefs((now) => {
      const next = { ...now, ...patch };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // storage off: the choice holds until the page closes
      }
      return next;
    });
  }, []);
  return { prefs, update };
}
