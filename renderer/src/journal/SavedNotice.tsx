import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../shared/domain/journal';
import { shortStockholmMoment, useStockholmToday } from '../ui/useStockholmToday';

export interface Saved {
  entry: JournalEntry;
  /** Its place in the list as filtered now: undefined while asking, null when filtered out. */
  index: number | null | undefined;
}

/**
 * "Sparad #53, kl. 22:40" in the form after every save: a back-dated line sorts below the rows
 * on screen, so the log keeper sees that it went in, and where (Visa jumps to it).
 */
export function SavedNotice({ saved, onShow }: { saved: Saved; onShow: (seq: number) => void }) {
  const { t } = useTranslation();
  const today = useStockholmToday();
  const { entry, index } = saved;
  const values = { seq: entry.seq, time: shortStockholmMoment(entry.occurred_at, today) };
  return (
    <span className="saved-notice" role="status" data-testid="saved-notice">
      <span>{t(index === null ? 'form.savedNotShown' : 'form.saved', values)}</span>
      {typeof index === 'number' && index > 0 && (
        <button type="button" className="link" onClick={() => onShow(entry.seq)} data-testid="saved-show">
          {t('form.show', { seq: entry.seq })}
        </button>
      )}
    </span>
  );
}
