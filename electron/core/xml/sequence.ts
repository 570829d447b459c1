import type { XmlElement } from './tree.js';

/** One child an XSD sequence allows: its name and how often (max Infinity = unbounded). */
export interface Slot {
  name: string;
  min: number;
  max: number;
}

export const one = (name: string): Slot => ({ name, min: 1, max: 1 });
export const optional = (name: string): Slot => ({ name, min: 0, max: 1 });
export const many = (name: string, min = 0): Slot => ({ name, min, max: Infinity });

/**
 * Checks an element's children against an xs:sequence, in order, as a schema validator would:
 * each problem names the element and its line. Children in a namespace other than `ns` are
 * reported unless `foreignAllowedAtEnd` (CAP's trailing xmldsig signature).
 */
export function checkSequence(el: XmlElement, ns: string, slots: readonly Slot[], foreignAllowedAtEnd = false): string[] {
  const problems: string[] = [];
  let slot = 0;
  let seen = 0;
  for (const child of el.children) {
    if (child.ns !== ns) {
      if (!foreignAllowedAtEnd) problems.push(`line ${child.line}: <${child.name}> is not allowed in <${el.name}>`);
      continue;
    }
    // Advance to the slot this child fills, checking every skipped slot had its minimum.
    let at = slot;
    while (at < slots.length && slots[at]?.name !== child.name) at++;
    const target = slots[at];
    if (!target) {
      const known = slots.some((s) => s.name === child.name);
      problems.push(
        known
          ? `line ${child.line}: <${child.name}> is out of order in <${el.name}>`
          : `line ${child.line}: <${child.name}> is not allowed in <${el.name}>`,
      );
      continue;
    }
    if (at !== slot) {
      const current = slots[slot];
      if (current && seen < current.min) problems.push(`line ${el.line}: <${el.name}> lacks <${current.name}>`);
      for (let i = slot + 1; i < at; i++) {
        const s = slots[i];
        if (s && s.min > 0) problems.push(`line ${child.line}: <${el.name}> lacks <${s.name}> before <${child.name}>`);
      }
      slot = at;
      seen = 0;
    }
    seen += 1;
    if (seen > target.max) problems.push(`line ${child.line}: <${el.name}> has more than ${target.max} <${child.name}>`);
  }
  const current = slots[slot];
  if (current && seen < current.min) problems.push(`line ${el.line}: <${el.name}> lacks <${current.name}>`);
  for (let i = slot + 1; i < slots.length; i++) {
    const s = slots[i];
    if (s && s.min > 0) problems.push(`line ${el.line}: <${el.name}> lacks <${s.name}>`);
  }
  return problems;
}

/** The text of the first child of that name, trimmed, or null. */
export function childText(el: XmlElement, name: string): string | null {
  const c = el.children.find((ch) => ch.name === name);
  return c ? c.text.trim() : null;
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((ch) => ch.name === name);
}
