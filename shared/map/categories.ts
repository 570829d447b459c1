import { z } from 'zod';
import type { FeatureKind } from './geometry.js';

/**
 * The symbols of the civil crisis set (issue 9 item 3) for points, and the kinds of lines and
 * areas. Identifiers are ASCII Swedish for points (the staff's own words), English for line and area
 * kinds; every one has a Swedish and English name in shared/locales/{sv,en}/map.json under
 * "category", and each point symbol is resources/map/symbols/<category>.svg.
 */
export const POINT_CATEGORIES = [
  'brand',
  'oversvamning',
  'olycka',
  'avsparrning',
  'vagavstangning',
  'utrymning',
  'uppsamlingsplats',
  'trygghetspunkt',
  'ledningsplats',
  'nodvatten',
  'sjukvard',
  'reservkraft',
  'varmestuga',
  'resurs',
  'skadat_objekt',
  'farligt_amne',
  'ras_skred',
  'informationspunkt',
] as const;
export const LINE_CATEGORIES = ['closed_road', 'route'] as const;
export const AREA_CATEGORIES = ['affected', 'evacuation', 'hazard', 'restricted'] as const;

export const CATEGORIES = [...POINT_CATEGORIES, ...LINE_CATEGORIES, ...AREA_CATEGORIES] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;
export type PointCategory = (typeof POINT_CATEGORIES)[number];

export const CATEGORIES_OF_KIND: Readonly<Record<FeatureKind, readonly Category[]>> = {
  point: POINT_CATEGORIES,
  line: LINE_CATEGORIES,
  area: AREA_CATEGORIES,
};

/** What an imported feature without a (known) category becomes. */
export const DEFAULT_CATEGORY: Readonly<Record<FeatureKind, Category>> = {
  point: 'informationspunkt',
  line: 'route',
  area: 'affected',
};

export function categoryFits(kind: FeatureKind, category: Category): boolean {
  return CATEGORIES_OF_KIND[kind].includes(category);
}

/** planned: not yet in force; active: in force; ended: ended with "Avsluta" (map.end), final. */
export const FEATURE_STATUSES = ['planned', 'active', 'ended'] as const;
export const FeatureStatus = z.enum(FEATURE_STATUSES);
export type FeatureStatus = z.infer<typeof FeatureStatus>;
/** The statuses a create or change may set: ending is its own act (map.end). */
export const OpenStatus = z.enum(['planned', 'active']);
