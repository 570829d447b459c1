import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import { useConnection } from '../api/useConnection';

/** Actor/source names used before on this board, for the datalist; refreshed after each save. */
export function useActors(): { actors: string[]; refresh: () => void } {
  const { epoch } = useConnection();
  const [actors, setActors] = useState<string[]>([]);
  const refresh = useCallback(() => {
    call('journal.actors', {})
      .then((r) => setActors(r.actors))
      .catch(() => undefined); // suggestions only: the form works without them
  }, []);
  useEffect(() => {
    if (epoch > 0) refresh();
  }, [epoch, refresh]);
  return { actors, refresh };
}
