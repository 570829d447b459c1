import type { Category } from '../../../shared/map/categories.js';
import svMap from '../../../shared/locales/sv/map.json';
import type { FeatureChange } from './feature-row.js';
import { fillTemplate } from '../../../shared/locales/fill.js';

/**
 * The Swedish text of a feature's automatic journal entry ("Avspärrning upprättad: Storgatan").
 * The journal is the record's language, Swedish, whoever reads it: the entry is written once.
 * Categories whose Swedish name is a neuter noun take the neuter participle ("Farligt ämne
 * upprättat").
 */
const NEUTER: ReadonlySet<Category> = new Set<Category>(['skadat_objekt', 'farligt_amne', 'ras_skred', 'affected', 'evacuation', 'hazard', 'restricted']);


export function featureEntryText(change: FeatureChange, category: Category, title: string): string {
  const key: keyof typeof svMap.journal = NEUTER.has(category) ? `${change}_neuter` : change;
  const template = svMap.journal[key];
  return fillTemplate(template, { category: svMap.category[category], title });
}

export function importEntryText(count: number, fileName: string): string {
  return fillTemplate(svMap.journal.imported, { count, file: fileName });
}

export function untitled(n: number): string {
  return fillTemplate(svMap.import.untitled, { n });
}
