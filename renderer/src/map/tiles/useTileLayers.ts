import { useCallback, useEffect, useState } from 'react';
import { TILE_GRIDS, TILE_KINDS, validateTileLayer, type TileLayerInput, type TileLayerSpec } from './tileLayerSpec';

/**
 * The background layers of this seat, per board, in localStorage. The board has no method to
 * store them yet (map-core's contract): until it does, each seat keeps its own, keys included.
 */
function storageKey(boardId: string): string {
  return `samlad.map.tiles.${boardId}`;
}

/** What was stored, dropping anything that is no longer a valid layer (storage is input too). */
function read(boardId: string): TileLayerSpec[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(storageKey(boardId)) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter((l): l is TileLayerSpec => {
      if (typeof l !== 'object' || l === null) return false;
      const s = l as Partial<TileLayerSpec>;
      return (
        typeof s.id === 'string' &&
        typeof s.visible === 'boolean' &&
        TILE_KINDS.includes(s.kind as TileLayerSpec['kind']) &&
        TILE_GRIDS.includes(s.grid as TileLayerSpec['grid']) &&
        [s.name, s.url, s.layers, s.attribution, s.key].every((v) => typeof v === 'string') &&
        validateTileLayer(s as TileLayerInput).length === 0
      );
    });
  } catch {
    return [];
  }
}

export function useTileLayers(boardId: string) {
  const [layers, setLayers] = useState<TileLayerSpec[]>(() => read(boardId));
  useEffect(() => setLayers(read(boardId)), [boardId]);

  const save = useCallback(
    (next: TileLayerSpec[]) => {
      setLayers(next);
      try {
        localStorage.setItem(storageKey(boardId), JSON.stringify(next));
      } catch {
        // storage full or off: the layers still work until the page is closed
      }
    },
    [boardId],
  );

  return {
    layers,
    add: (input: TileLayerInput) => save([...layers, { ...input, id: crypto.randomUUID(), visible: true }]),
    remove: (id: string) => save(layers.filter((l) => l.id !== id)),
    setVisible: (id: string, visible: boolean) => save(layers.map((l) => (l.id === id ? { ...l, visible } : l))),
  };
}
