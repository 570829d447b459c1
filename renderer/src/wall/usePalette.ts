import { useEffect, useState } from 'react';
import type { WallPalette } from '../../../shared/wall/config';
import { paletteAt } from '../../../shared/wall/palette';

/**
 * The palette the wall shows now; for auto, looked at again each minute (night begins at 20:00).
 * Put on the page's root, so the header, the banners and every pane take the same colours.
 */
export function usePalette(palette: WallPalette): 'day' | 'night' {
  const [shown, setShown] = useState(() => paletteAt(palette, new Date()));
  useEffect(() => {
    setShown(paletteAt(palette, new Date()));
    if (palette !== 'auto') return undefined;
    const id = window.setInterval(() => setShown(paletteAt(palette, new Date())), 60_000);
    return () => window.clearInterval(id);
  }, [palette]);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('palette-night', shown === 'night');
    root.dataset.palette = shown;
    return () => {
      root.classList.remove('palette-night');
      delete root.dataset.palette;
    };
  }, [shown]);
  return shown;
}
