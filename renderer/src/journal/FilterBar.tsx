import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS, type EntryKind } from '../../../shared/domain/journal';
import { hasFilters, NO_FILTERS, type JournalFilters } from './journalFilters';

interface Props {
  filters: JournalFilters;
  onChange: (filters: JournalFilters) => void;
  total: number | null;
  badFrom: boolean;
  badTo: boolean;
}

/** Narrow the list: kinds, actor, significant only, a time range and full-text search. */
export function FilterBar({ filters, onChange, total, badFrom, badTo }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<JournalFilters>): void => onChange({ ...filters, ...patch });
  const toggle = (kind: EntryKind): void =>
    set({ kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind] });

  return (
    <div className="filter-bar" role="search" aria-label={t('filters.label')} data-testid="filter-bar">
      <label className="field-inline search-field">
        <span>{t('filters.search')}</span>
        <input type="search" value={filters.search} onChange={(e) => set({ search: e.target.value })} maxLength={500} data-testid="search-input" />
      </label>
      <div className="filter-kinds" role="group" aria-label={t('filters.kinds')}>
        {ENTRY_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`kind-toggle kind-${kind}`}
            aria-pressed={filters.kinds.includes(kind)}
            onClick={() => toggle(kind)}
            data-testid={`filter-kind-${kind}`}
          >
            {t(`kinds.${kind}`)}
          </button>
        ))}
      </div>
      <label className="field-inline">
        <span>{t('filters.actor')}</span>
        <input value={filters.actor} onChange={(e) => set({ actor: e.target.value })} size={12} maxLength={200} />
      </label>
      <label className="field-inline">
        <span>{t('filters.from')}</span>
        <input
          value={filters.from}
          onChange={(e) => set({ from: e.target.value })}
          placeholder={t('filters.rangePlaceholder')}
          aria-invalid={badFrom}
          size={16}
        />
      </label>
      <label className="field-inline">
        <span>{t('filters.to')}</span>
        <input value={filters.to} onChange={(e) => set({ to: e.target.value })} placeholder={t('filters.rangePlaceholder')} aria-invalid={badTo} size={16} />
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.significantOnly} onChange={(e) => set({ significantOnly: e.target.checked })} />
        <span>{t('filters.significantOnly')}</span>
      </label>
      {hasFilters(filters) && (
        <button type="button" className="button-quiet" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      )}
      <span className="filter-count" aria-live="polite" data-testid="entry-count">
        {total === null ? t('journal.loading') : t('journal.count', { count: total })}
      </span>
      {(badFrom || badTo) && (
        <span className="error-text" role="alert">
          {t('filters.badRange')}
        </span>
      )}
    </div>
  );
}
