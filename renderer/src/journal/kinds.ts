import { ENTRY_KINDS, type EntryKind } from '../../../shared/domain/journal';

/** Alt+1..6 picks a kind: one key, same order as ENTRY_KINDS and the chips. e.code, so any layout works. */
export function kindForShortcut(e: KeyboardEvent): EntryKind | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const m = /^Digit([1-6])$/.exec(e.code);
  if (!m) return null;
  return ENTRY_KINDS[Number(m[1]) - 1] ?? null;
}

export function shortcutOf(kind: EntryKind): string {
  return `Alt+${ENTRY_KINDS.indexOf(kind) + 1}`;
}

/** A kind named by a string (a shortcut's value), or null. */
export function asKind(value: string): EntryKind | null {
  return (ENTRY_KINDS as readonly string[]).includes(value) ? (value as EntryKind) : null;
}
