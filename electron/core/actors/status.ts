import type { ActorLevel } from '../../../shared/domain/actor.js';
import type { JournalEntry } from '../../../shared/domain/journal.js';
import { appendAutomaticEntry } from '../journal/write.js';
import type { WriteContext } from '../record/write.js';
import { statusText } from './journal-text.js';
import { requireActive } from './registry.js';

export interface NewStatus {
  level: ActorLevel;
  situation: string | null;
  needs: string | null;
  offers: string | null;
  reported_by: string | null;
  reported_at: string | null;
}

/**
 * A status report (aktörsläge): its automatic journal entry under the actor ("Polisen: stab
 * upprättad – …", or the actor's own words in a conference) and the actor.status record that
 * points to it, in the caller's one write. Every report is kept: the history is the records.
 */
export function reportStatus(
  ctx: WriteContext,
  actorId: number,
  s: NewStatus,
  options: { conference?: number | null; report?: string | null } = {},
): JournalEntry {
  const actor = requireActive(ctx.db, actorId);
  const entry = appendAutomaticEntry(ctx, {
    kind: 'incoming',
    text: statusText({ actor: actor.name, level: s.level, situation: s.situation, needs: s.needs, offers: s.offers }, options.report ?? null),
    source: `actor/${actorId}`,
    actor: actor.name,
    occurred_at: s.reported_at,
  });
  ctx.append(
    'actor.status',
    `actor/${actorId}`,
    {
      actor: actorId,
      level: s.level,
      situation: s.situation,
      needs: s.needs,
      offers: s.offers,
      reported_by: s.reported_by ?? ctx.by,
      journal_seq: entry.seq,
      conference: options.conference ?? null,
    },
    s.reported_at ?? undefined,
  );
  return entry;
}
