import { useTranslation } from 'react-i18next';
import type { JournalEntryView } from '../../../shared/domain/journal';
import { stockholmDateTime } from '../../../shared/time';
import { navigate, targetOfSource } from '../panes/navigate';
import { shortStockholmMoment } from '../ui/useStockholmToday';
import { HighlightedText } from './HighlightedText';
import { KindChip } from './KindChip';
import '../session/session.css';
import './journal.css';

interface Props {
  entry: JournalEntryView;
  canCorrect: boolean;
  flash: boolean;
  /** Arrived a moment ago (on any seat): marked NY for a short while. */
  isNew: boolean;
  /** Today in Stockholm: the date is shown only for other days. */
  today: string;
  onCorrect: (entry: JournalEntryView) => void;
  onJump: (seq: number) => void;
}

const MINUTE_MS = 60_000;

/** One loggpost. A corrected entry stays, struck through, linked both ways with its correction. */
export function EntryRow({ entry, canCorrect, flash, isNew, today, onCorrect, onJump }: Props) {
  const { t } = useTranslation();
  const corrected = entry.corrected_by !== null;
  // An automatic entry about a map feature ("map/17") can show it on the map.
  const target = targetOfSource(entry.source);
  const recordedLate = Math.abs(Date.parse(entry.recorded_at) - Date.parse(entry.occurred_at)) > MINUTE_MS;
  const classes = ['entry', `entry-${entry.kind}`];
  if (corrected) classes.push('entry-corrected');
  if (entry.significant) classes.push('entry-significant');
  if (flash) classes.push('entry-flash');
  if (isNew) classes.push('entry-new');

  return (
    <article className={classes.join(' ')} data-testid="entry" data-seq={entry.seq} aria-label={t('entry.label', { seq: entry.seq })}>
      <div className="entry-meta">
        <span className="entry-seq">
          {t('entry.seq', { seq: entry.seq })}
          {entry.by && (
            <span className="entry-by" data-testid="entry-by">
              {t('by', { ns: 'session' })} <bdi>{entry.by}</bdi>
            </span>
          )}
          {entry.source && (
            <span className="entry-auto-tag" title={t('entry.automaticLabel')} data-testid="entry-automatic">
              {t('entry.automatic')}
            </span>
          )}
          {target && (
            <button type="button" className="link entry-show-on-map" onClick={() => navigate(target)} data-testid="entry-show-on-map">
              {t('pane.showOnMap', { ns: 'map' })}
            </button>
          )}
          {isNew && (
            <span className="entry-new-tag" title={t('entry.newLabel')} data-testid="entry-new">
              {t('entry.new')}
            </span>
          )}
        </span>
        <time className="entry-time" dateTime={entry.occurred_at} title={`${t('entry.occurredAt')} ${stockholmDateTime(entry.occurred_at)}`}>
          {shortStockholmMoment(entry.occurred_at, today)}
        </time>
        {recordedLate && (
          <span className="entry-recorded">{t('entry.recordedAt', { when: shortStockholmMoment(entry.recorded_at, today) })}</span>
        )}
      </div>
      <div className="entry-kind">
        <KindChip kind={entry.kind} />
        {entry.significant && (
          <span className="significant-mark" title={t('entry.significant')} aria-label={t('entry.significant')}>
            {t('entry.significantMark')}
          </span>
        )}
      </div>
      <div className="entry-body">
        {entry.actor && (
          <div className="entry-actor" data-testid="entry-actor">
            <HighlightedText text={entry.actor} highlights={entry.actor_highlights} />
          </div>
        )}
        <div className="entry-text" data-testid="entry-text">
          <HighlightedText text={entry.text} highlights={entry.highlights} />
        </div>
        {entry.place && (
          <div className="entry-place" data-testid="entry-place">
            {t('entry.place', { lat: entry.place.lat.toFixed(5), lon: entry.place.lon.toFixed(5) })}
          </div>
        )}
        {entry.corrects !== null && (
          <div className="entry-correction-note" data-testid="correction-note">
            <button type="button" className="link" onClick={() => onJump(entry.corrects ?? 0)}>
              {t('entry.corrects', { seq: entry.corrects })}
            </button>
            {entry.correction_reason && (
              <span className="entry-reason">
                {t('entry.reasonLabel')} <bdi className="entry-reason-text">{entry.correction_reason}</bdi>
              </span>
            )}
          </div>
        )}
        {entry.corrected_by !== null && (
          <div className="entry-corrected-note">
            <button type="button" className="link" onClick={() => onJump(entry.corrected_by ?? 0)} data-testid="corrected-by">
              {t('entry.correctedBy', { seq: entry.corrected_by })}
            </button>
          </div>
        )}
      </div>
      <div className="entry-actions">
        {canCorrect && !corrected && (
          <button type="button" onClick={() => onCorrect(entry)} aria-label={t('entry.correctNamed', { seq: entry.seq })} data-testid="correct-button">
            {t('entry.correct')}
          </button>
        )}
      </div>
    </article>
  );
}
