/** "4:05" for a turn running 4 min 5 s, "1:02:03" past an hour: the per-actor timer. */
export function stopwatch(fromIso: string, now: Date): string {
  const total = Math.max(0, Math.floor((now.getTime() - Date.parse(fromIso)) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
