/**
 * A tiny bus for "show this elsewhere" between panes, so no pane imports another: the journal
 * says "show map feature 17", the map (if on screen) listens and shows it.
 */
export type NavigationTarget = { kind: 'map.feature'; id: number };

const listeners = new Set<(target: NavigationTarget) => void>();

/** Asks the panes on screen to show the target; true when one of them listens. */
export function navigate(target: NavigationTarget): boolean {
  for (const listener of [...listeners]) listener(target);
  return listeners.size > 0;
}

/** Listens until the returned function is called. */
export function onNavigate(listener: (target: NavigationTarget) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The target an automatic journal entry's source names ("map/17"), or null. */
export function targetOfSource(source: string | null): NavigationTarget | null {
  const m = /^map\/([1-9]\d{0,15})$/.exec(source ?? '');
  return m ? { kind: 'map.feature', id: Number(m[1]) } : null;
}
