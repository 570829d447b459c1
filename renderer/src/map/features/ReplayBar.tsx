import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stockholmDateTime } from '../../../../shared/time';
import { fromLocalInput, toLocalInput } from './localTime';

const MINUTE = 60_000;

/**
 * Time replay: a slider from the board's start to now and a time field show the picture as it
 * stood; "Nu" goes back to live. And a moment since which changes are highlighted (e.g. the last
 * samverkanskonferens).
 */
export function ReplayBar({
  startedAt,
  at,
  onAt,
  since,
  onSince,
}: {
  startedAt: string;
  at: string | null;
  onAt: (at: string | null) => void;
  since: string | null;
  onSince: (since: string | null) => void;
}) {
  const { t } = useTranslation('map');
  const id = useId();
  const [now, setNow] = useState(() => Date.now());
  const [field, setField] = useState(toLocalInput(at));
  const [sinceField, setSinceField] = useState(toLocalInput(since));
  const [bad, setBad] = useState<'at' | 'since' | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => setField(toLocalInput(at)), [at]);

  const min = Math.floor(Date.parse(startedAt) / MINUTE) * MINUTE;
  const max = Math.ceil(now / MINUTE) * MINUTE;
  const value = at === null ? max : Math.min(max, Math.max(min, Date.parse(at)));

  function applyAt(): void {
    const v = fromLocalInput(field);
    if (v === 'bad') return setBad('at');
    setBad(null);
    onAt(v);
  }
  function applySince(value: string): void {
    setSinceField(value);
    const v = fromLocalInput(value);
    if (v === 'bad') return setBad('since');
    setBad(null);
    onSince(v);
  }

  return (
    <div className="map-replay" data-testid="replay-bar" data-live={at === null}>
      <p className="map-replay-state" role="status" data-testid="replay-state">
        {at === null ? t('replay.live') : t('replay.showing', { when: stockholmDateTime(at) })}
      </p>
      <label className="visually-hidden" htmlFor={`${id}-slider`}>
        {t('replay.slider')}
      </label>
      <input
        id={`${id}-slider`}
        className="map-replay-slider"
        type="range"
        min={min}
        max={max}
        step={MINUTE}
        value={value}
        aria-valuetext={at === null ? t('replay.live') : stockholmDateTime(new Date(value))}
        onChange={(e) => {
          const v = Number(e.target.value);
          onAt(v >= max ? null : new Date(v).toISOString());
        }}
        data-testid="replay-slider"
      />
      <button type="button" className="button-primary" onClick={() => onAt(null)} disabled={at === null} data-testid="replay-now">
        {t('replay.now')}
      </button>
      <details className="map-replay-more" open={bad !== null || undefined}>
        <summary data-testid="replay-more">{t('replay.more')}</summary>
      <form
        className="map-replay-form"
        onSubmit={(e) => {
          e.preventDefault();
          applyAt();
        }}
      >
        <label htmlFor={`${id}-at`}>{t('replay.at')}</label>
        <input id={`${id}-at`} type="datetime-local" value={field} onChange={(e) => setField(e.target.value)} aria-invalid={bad === 'at'} data-testid="replay-at" />
        <button type="submit">{t('replay.go')}</button>
      </form>
      <div className="map-replay-form">
        <label htmlFor={`${id}-since`}>{t('replay.since')}</label>
        <input id={`${id}-since`} type="datetime-local" value={sinceField} onChange={(e) => applySince(e.target.value)} aria-invalid={bad === 'since'} data-testid="replay-since" />
        {since !== null && (
          <button type="button" onClick={() => applySince('')}>
            {t('replay.clearSince')}
          </button>
        )}
      </div>
      {bad && (
        <p className="error-text" role="alert">
          {t('draw.badTime')}
        </p>
      )}
      </details>
    </div>
  );
}
