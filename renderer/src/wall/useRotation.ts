import { useEffect, useState } from 'react';
import type { WallConfig } from '../../../shared/wall/config';
import { rotationAt, type RotationPoint } from '../../../shared/wall/rotation';

/**
 * Where the rotation stands, renewed exactly when the view changes (a timer to the next switch,
 * not a tick): the panels re-render only when they change.
 */
export function useRotation(config: WallConfig): RotationPoint {
  const key = JSON.stringify(config);
  const [point, setPoint] = useState(() => rotationAt(config, Date.now()));
  useEffect(() => {
    const parsed = JSON.parse(key) as WallConfig;
    let timer: number | undefined;
    const step = (): void => {
      const next = rotationAt(parsed, Date.now());
      setPoint(next);
      // A few ms past the boundary, so the new step is surely the next view.
      if (next.msToNext !== null) timer = window.setTimeout(step, next.msToNext + 20);
    };
    step();
    return () => window.clearTimeout(timer);
  }, [key]);
  return point;
}
