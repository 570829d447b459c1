import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS, ENTRY_ORIGINS, type EntryKind, type EntryOrigin } from '../../../shared/domain/journal';
import { isolate } from '../ui/isolate';
import { ActorField } from './ActorField';
import { folded, hasFilters, NO_FILTERS, type JournalFilters } from './journalFilters';

/** The select's value as a filter: '' (all) or one of the origins. */
function originOf(value: string): EntryOrigin | '' {
  return ENTRY_ORIGINS.find((o) => o === value) ?? '';
}

interface Props {
  filters: JournalFilters;
  onChange: (filters: JournalFilters) => void;
  /** Known actors, offered in the actor field. */
  actors: readonly string[];
  total: number | null;
  /** The search has more hits than were counted. */
  totalCapped: boolean;
  badFrom: boolean;
  badTo: boolean;
  unknownActor: boolean;
}

/**
 * Narrow the list: search always in view; kinds, actor, significant only and a time range behind
 * one Filter toggle (with how many are in use), so a small screen keeps its rows for the log.
 */
export function FilterBar({ filters, onChange, actors, total, totalCapped, badFrom, badTo, unknownActor }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<JournalFilters>): void => onChange({ ...filters, ...patch });
  const toggle = (kind: EntryKind): void =>
    set({ kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind] });
  const inUse = folded(filters);

  return (
    <div className="filter-bar" role="search" aria-label={t('filters.label')} data-testid="filter-bar">
      <div className="filter-row">
        <label className="field-inline search-field">
          <span>{t('filters.search')}</span>
          <input type="search" value={filters.search} onChange={(e) => set({ search: e.target.value })} maxLength={500} data-testid="search-input" />
        </label>
        <button
          type="button"
          className={inUse > 0 ? 'filter-toggle filter-toggle-active' : 'filter-toggle'}
          aria-expanded={open}
          aria-controls={`${id}-more`}
          onClick={() => setOpen(!open)}
          data-testid="filter-toggle"
        >
          {inUse > 0 ? t('filters.toggleActive', { count: inUse }) : t('filters.toggle')}
        </button>
        {hasFilters(filters) && (
          <button type="button" className="button-quiet" onClick={() => onChange(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        )}
        <span className="filter-count" aria-live="polite" data-testid="entry-count">
          {total === null ? t('journal.loading') : totalCapped ? t('journal.countCapped', { count: total }) : t('journal.count', { count: total })}
        </span>
      </div>
      <div className="filter-more" id={`${id}-more`} hidden={!open} data-testid="filter-more">
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
        <ActorField
          label={t('filters.actor')}
          value={filters.actor}
          onChange={(actor) => set({ actor })}
          actors={actors}
          testId="filter-actor"
          invalid={unknownActor}
          size={14}
        />
        {(['from', 'to'] as const).map((bound) => (
          <label className="field-inline" key={bound}>
            <span>{t(`filters.${bound}`)}</span>
            <input
              value={filters[bound]}
              onChange={(e) => set({ [bound]: e.target.value })}
              placeholder={t('filters.rangePlaceholder')}
              aria-invalid={bound === 'from' ? badFrom : badTo}
              size={24}
              data-testid={`filter-${bound}`}
            />
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={filters.significantOnly} onChange={(e) => set({ significantOnly: e.target.checked })} />
          <span>{t('filters.significantOnly')}</span>
        </label>
        <label className="field-inline">
          <span>{t('filters.origin')}</span>
          <select value={filters.origin} onChange={(e) => set({ origin: originOf(e.target.value) })} data-testid="filter-origin">
            <option value="">{t('filters.originAll')}</option>
            <option value="people">{t('filters.originPeople')}</option>
            <option value="automatic">{t('filters.originAutomatic')}</option>
          </select>
        </label>
      </div>
      {(badFrom || badTo) && (
        <span className="error-text" role="alert">
          {t('filters.badRange')}
        </span>
      )}
      {unknownActor && (
        <span className="notice" role="status" data-testid="filter-actor-unknown">
          {t('filters.actorUnknown', { actor: isolate(filters.actor.trim()) })}
        </span>
      )}
    </div>
  );
}
