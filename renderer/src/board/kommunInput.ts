import { KOMMUNER, type Kommun } from '../../../shared/kommuner';

const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** The kommun a typed name (or 4-digit kommunkod) stands for; exact match only, case-insensitive. */
export function kommunFromInput(value: string): Kommun | undefined {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return KOMMUNER.find((k) => k.code === v);
  // Swedish base sensitivity: "malmö" = "Malmö", but "a" ≠ "å" (different base letters in sv).
  return KOMMUNER.find((k) => collator.compare(k.name, v) === 0);
}
