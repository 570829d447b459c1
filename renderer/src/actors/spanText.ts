import type { TFunction } from 'i18next';
import type { Span } from './elapsed';

/** ago: "för 12 min sedan" · until: "om 12 min" · duration: "12 min" (how long past a deadline). */
export type SpanWay = 'ago' | 'until' | 'duration';

/** A span in the seat's language (keys ui.ago.*, ui.until.*, ui.duration.* in actors.json). */
export function spanText(t: TFunction<'actors'>, way: SpanWay, span: Span): string {
  switch (span.key) {
    case 'now':
      return t(`ui.${way}.now`);
    case 'minutes':
      return t(`ui.${way}.minutes`, { minutes: span.minutes });
    case 'hours':
      return t(`ui.${way}.hours`, { hours: span.hours });
    case 'hoursMinutes':
      return t(`ui.${way}.hoursMinutes`, { hours: span.hours, minutes: span.minutes });
    case 'days':
      return t(`ui.${way}.days`, { count: span.days });
  }
}
