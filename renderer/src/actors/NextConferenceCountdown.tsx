import { useTranslation } from 'react-i18next';
import { stockholmTime } from '../../../shared/time';
import { minutesBetween, spanOf, untilSpan } from './elapsed';
import { spanText } from './spanText';
import { useConference } from './useConference';
import { useNow } from './useNow';
import './actors.css';

interface Props {
  boardId: string | null;
  /** The header's few words ("Nästa samverkan"); the wall's actors pane says it in full. */
  short?: boolean;
}

/**
 * The next samverkanskonferens in the header, on every seat and the wall: "Samverkan 13:00 · om
 * 42 min", "… 5 min sen" once late, "pågår" while one is held. Nothing when none is planned.
 */
export function NextConferenceCountdown({ boardId, short = false }: Props) {
  const { t } = useTranslation('actors');
  const now = useNow(5_000);
  const live = useConference(boardId);
  if (!boardId || !live.data) return null;
  const { conference, next } = live.data;
  if (conference) {
    return (
      <div className="countdown countdown-running" data-testid="conference-countdown" data-state="running">
        {short ? (
          <span className="countdown-when">{t('ui.countdown.runningShort')}</span>
        ) : (
          <>
            <span className="countdown-label">{t('ui.countdown.running')}</span>
            <span className="countdown-when">{t(`conference.kind.${conference.kind}`)}</span>
          </>
        )}
      </div>
    );
  }
  if (!next) return null;
  const until = untilSpan(next.at, now);
  return (
    <div className={until ? 'countdown' : 'countdown countdown-late'} data-testid="conference-countdown" data-state={until ? 'ahead' : 'late'}>
      <span className="countdown-label">{short ? t('ui.countdown.next') : t('conference.next')}</span>
      <span className="countdown-when">
        <time dateTime={next.at}>{stockholmTime(next.at)}</time>
        {' · '}
        <strong data-testid="countdown-left">
          {until ? spanText(t, 'until', until) : t('conference.late', { time: spanText(t, 'duration', spanOf(minutesBetween(next.at, now))) })}
        </strong>
      </span>
    </div>
  );
}
