import { useEffect, useRef } from 'react';

/**
 * A pane's keyboard shortcut: what a key press means to it, or null when the key is not this
 * shortcut. Registered with the pane (panes/registry.ts); one page-wide handler asks the panes on
 * screen (usePaneKeyboard), and the part of the pane that acts on it listens with useShortcut.
 */
export interface PaneShortcut {
  /** `<pane>.<what>`, e.g. 'journal.kind'. */
  id: string;
  /** The value the listener receives (e.g. the kind for Alt+3), or null: not this shortcut. */
  match: (e: KeyboardEvent) => string | null;
}

const listeners = new Map<string, Set<(value: string) => void>>();

/** Acts on shortcut `id` until the returned function is called. */
export function listenToShortcut(id: string, listener: (value: string) => void): () => void {
  const set = listeners.get(id) ?? new Set();
  set.add(listener);
  listeners.set(id, set);
  return () => {
    set.delete(listener);
  };
}

/** Acts on a shortcut of a pane on screen, while mounted and enabled. */
export function useShortcut(id: string, handler: (value: string) => void, enabled = true): void {
  const live = useRef(handler);
  useEffect(() => {
    live.current = handler;
  });
  useEffect(() => (enabled ? listenToShortcut(id, (value) => live.current(value)) : undefined), [id, enabled]);
}

/**
 * One key press, offered to the shortcuts of the panes on screen. Taken (default prevented) only
 * when a shortcut matches and something on screen acts on it: a key no pane uses is left alone.
 */
export function dispatchShortcut(shortcuts: readonly PaneShortcut[], e: KeyboardEvent): boolean {
  for (const shortcut of shortcuts) {
    const value = shortcut.match(e);
    const acting = listeners.get(shortcut.id);
    if (value === null || !acting || acting.size === 0) continue;
    e.preventDefault();
    for (const listener of [...acting]) listener(value);
    return true;
  }
  return false;
}

/**
 * The page's one keyboard handler for pane shortcuts. Never inside a modal dialog: a dialog
 * handles its own keys (the correction dialog picks its kind with the same Alt+digits).
 */
export function usePaneKeyboard(shortcuts: readonly PaneShortcut[]): void {
  const live = useRef(shortcuts);
  useEffect(() => {
    live.current = shortcuts;
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent): void {
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      dispatchShortcut(live.current, e);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
