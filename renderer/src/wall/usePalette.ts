import { useEffect } from 'react';
import type { WallPalette } from '../../../shared/wall/config';
import { paletteAt } from '../../../shared/wall/palette';
import { useNow } from '../actors/useNow';

/**
 * The palette the wall shows now; for auto, looked at again each minute (night begins at 20:00).
 * Put on the page's root, so the header, the banners and every pane take the same colours.
 */
export function usePalette(palette: WallPalette): 'day' | 'night' {
  const shown = paletteAt(palette, useNow(60_000));
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
