import { useEffect, useState } from 'react';

/**
 * The current time, renewed every `everyMs` (default 15 s): enough for "för 12 min sedan" and an
 * overdue flag to turn on within a quarter of a minute, without re-rendering the grid every second.
 */
export function useNow(everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}
