import { useEffect, useState } from 'react';
import { stockholmDate, stockholmDateTime, stockholmTime } from '../../../shared/time';

const CHECK_MS = 60_000;

/** Today's date in Stockholm ("2026-11-23"), updated when midnight passes. */
export function useStockholmToday(): string {
  const [today, setToday] = useState(() => stockholmDate(new Date()));
  useEffect(() => {
    const id = window.setInterval(() => setToday(stockholmDate(new Date())), CHECK_MS);
    return () => window.clearInterval(id);
  }, []);
  return today;
}

/** "22:40" for today's moments, "2026-11-22 22:40" for other days. */
export function shortStockholmMoment(iso: string, today: string): string {
  return stockholmDate(iso) === today ? stockholmTime(iso) : stockholmDateTime(iso);
}
