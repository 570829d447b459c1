import type { MessageContentInput } from '../../shared/messages/domain.js';

/** A joint message's content as a communicator would write it during a fire. */
export function content(headline = 'Stäng fönster och dörrar', body = 'Brand i industriområdet Hemlingby. Röken är giftig.'): MessageContentInput {
  return {
    texts: { sv: { headline, body, instruction: 'Gå inomhus och stäng ventilationen.' } },
    audience: 'Boende i Hemlingby',
    channels: ['webb', 'press'],
    area: { kommuner: [], shapes: [] },
    cap: { categories: ['Fire'], urgency: 'Immediate', severity: 'Severe', certainty: 'Observed' },
  };
}

