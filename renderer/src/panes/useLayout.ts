import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useConnection } from '../api/useConnection';
import { chosenLayout, layoutsFor, nextLayout, readStoredLayout, storeLayout, type LayoutId, type LayoutSpec } from './layouts';

const CHANGED = 'samlad:layout';

/** Alt+L: the next layout (no browser or screen reader binds it; Alt+digits are the journal's kinds). */
export const isLayoutKey = (e: KeyboardEvent): boolean => e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyL';

/**
 * This seat's layout (for its role and seat kind, as the server's hello said), shared by the
 * header's switch and the board (one page-wide event keeps them together), remembered per machine,
 * and switched round with Alt+L by the one user that asks for `keys` (the board), so a key press
 * moves it once. `offered`: the layouts this seat may pick.
 */
export function useLayout({ keys = false }: { keys?: boolean } = {}): { layout: LayoutSpec; offered: LayoutSpec[]; choose: (id: LayoutId) => void } {
  const { role, seat } = useConnection();
  const kind = seat?.kind ?? null;
  const [layout, setLayout] = useState(() => chosenLayout(role, readStoredLayout(), kind));
  useEffect(() => setLayout(chosenLayout(role, readStoredLayout(), kind)), [role, kind]);
  const choose = useCallback(
    (id: LayoutId) => {
      const next = chosenLayout(role, id, kind);
      storeLayout(next.id);
      window.dispatchEvent(new CustomEvent(CHANGED));
    },
    [role, kind],
  );
  // Before the board is painted: a key pressed as soon as it shows is not lost.
  useLayoutEffect(() => {
    const onChanged = (): void => setLayout(chosenLayout(role, readStoredLayout(), kind));
    const onKey = (e: KeyboardEvent): void => {
      if (!keys || !isLayoutKey(e) || (e.target instanceof Element && e.target.closest('dialog'))) return;
      e.preventDefault();
      storeLayout(nextLayout(role, chosenLayout(role, readStoredLayout(), kind).id, kind).id);
      window.dispatchEvent(new CustomEvent(CHANGED));
    };
    window.addEventListener(CHANGED, onChanged);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener(CHANGED, onChanged);
      window.removeEventListener('keydown', onKey);
    };
  }, [role, kind, keys]);
  return { layout, offered: layoutsFor(role, kind), choose };
}
