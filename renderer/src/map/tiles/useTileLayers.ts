import { useCallback, useMemo, useState } from 'react';
import { call } from '../../api/client';
import { useLiveCall } from '../../api/useLiveCall';
import { errorText } from '../../i18n/errorText';
import { inputToAdd, layerToSpec } from './boardLayers';
import type { TileLayerInput } from './tileLayerSpec';

/** Which of the board's layers this seat has switched off, per board (localStorage: a seat's own choice). */
function hiddenKey(boardId: string): string {
  return `samlad.map.hiddenLayers.${boardId}`;
}

function readHidden(boardId: string): Set<string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(hiddenKey(boardId)) ?? '[]');
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * The board's background layers (stored in the board through map.layers.*, the key kept out of the
 * record by the server), kept current by map.layer events; on/off per seat.
 */
export function useTileLayers(boardId: string) {
  const list = useLiveCall('map.layers.list', {}, { refreshOn: ['map.layer'], scope: boardId });
  const [hidden, setHidden] = useState<Set<string>>(() => readHidden(boardId));
  const [error, setError] = useState<string | null>(null);
  const boardLayers = useMemo(() => list.data?.layers ?? [], [list.data]);
  const layers = useMemo(() => boardLayers.map((l) => layerToSpec(l, hidden)), [boardLayers, hidden]);
  const { reload } = list;

  const setVisible = useCallback(
    (id: string, visible: boolean) => {
      setHidden((now) => {
        const next = new Set(now);
        if (visible) next.delete(id);
        else next.add(id);
        try {
          localStorage.setItem(hiddenKey(boardId), JSON.stringify([...next]));
        } catch {
          // storage off: the choice holds until the page closes
        }
        return next;
      });
    },
    [boardId],
  );

  const add = useCallback(
    async (input: TileLayerInput): Promise<boolean> => {
      setError(null);
      try {
        await call('map.layers.add', inputToAdd(input));
        reload();
        return true;
      } catch (e) {
        setError(errorText(e));
        return false;
      }
    },
    [reload],
  );

  const remove = useCallback(
    async (id: string) => {
      const layer = boardLayers.find((l) => String(l.id) === id);
      if (!layer) return;
      setError(null);
      try {
        await call('map.layers.remove', { id: layer.id, version: layer.version });
        reload();
      } catch (e) {
        setError(errorText(e));
      }
    },
    [boardLayers, reload],
  );

  return { layers, add, remove, setVisible, error };
}
