import { useEffect, useRef } from 'react';
import type { AnyEvent } from '../../../shared/api/events';
import { onEvent } from './client';

/** Runs the latest handler for every pushed event while the component is mounted. */
export function useApiEvent(handler: (event: AnyEvent) => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => onEvent((e) => ref.current(e)), []);
}
