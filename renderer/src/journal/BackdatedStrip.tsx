import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../shared/domain/journal';
import { shortStockholmMoment, useStockholmToday } from '../ui/useStockholmToday';
import { KindChip } from './KindChip';

/**
 * Lines just added with an earlier time: the list is ordered by when things happened, so they
 * land below what is on screen. Every seat (the wall most of all) sees them here for a while.
 */
export function BackdatedStrip({ entries, onShow }: { entries: readonly JournalEntry[]; onShow: (seq: number) => void }) {
  const { t } = useTranslation();
  const today = useStockholmToday();
  if (entries.length === 0) return null;
  return (
    <section className="backdated-strip" aria-label={t('journal.backdatedTitle')} data-testid="backdated-strip">
      <h2 className="backdated-title">{t('journal.backdatedTitle')}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.seq} data-seq={e.seq} data-testid="backdated-entry">
            <button type="button" className="link" onClick={() => onShow(e.seq)}>
              {t('journal.backdatedItem', { seq: e.seq, time: shortStockholmMoment(e.occurred_at, today) })}
            </button>
            <KindChip kind={e.kind} />
            {e.actor && <bdi className="backdated-actor">{e.actor}</bdi>}
            <bdi className="backdated-text">{e.text}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
