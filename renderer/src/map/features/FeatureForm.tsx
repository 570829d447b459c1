import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES_OF_KIND, type Category } from '../../../../shared/map/categories';
import type { Feature } from '../../../../shared/map/feature';
import { KIND_OF_GEOMETRY, type Geometry } from '../../../../shared/map/geometry';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { fromLocalInput, toLocalInput } from './localTime';
import { symbolUrl } from './symbols';

type OpenStatus = 'planned' | 'active';

interface Fields {
  title: string;
  description: string;
  category: Category;
  status: OpenStatus;
  actor: string;
  validFrom: string;
  validUntil: string;
}

function fieldsOf(feature: Feature | null, geometry: Geometry): Fields {
  const kind = KIND_OF_GEOMETRY[geometry.type];
  return {
    title: feature?.title ?? '',
    description: feature?.description ?? '',
    category: feature?.category ?? (CATEGORIES_OF_KIND[kind][0] as Category),
    status: feature?.status === 'planned' ? 'planned' : 'active',
    actor: feature?.actor ?? '',
    validFrom: toLocalInput(feature?.valid_from ?? null),
    validUntil: toLocalInput(feature?.valid_until ?? null),
  };
}

/**
 * A feature's properties: a new one (its geometry just drawn) or a change to one. Times are
 * Stockholm time; every word is checked by the server as well, and a refusal says why here.
 */
export function FeatureForm({
  feature,
  geometry,
  onDone,
  onCancel,
}: {
  feature: Feature | null;
  geometry: Geometry;
  onDone: (saved: Feature) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('map');
  const id = useId();
  const kind = KIND_OF_GEOMETRY[geometry.type];
  const [f, setF] = useState<Fields>(() => fieldsOf(feature, geometry));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (patch: Partial<Fields>) => setF((now) => ({ ...now, ...patch }));

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (pending) return;
    const validFrom = fromLocalInput(f.validFrom);
    const validUntil = fromLocalInput(f.validUntil);
    if (f.title.trim() === '') return setError(t('draw.titleRequired'));
    if (validFrom === 'bad' || validUntil === 'bad') return setError(t('draw.badTime'));
    if (validFrom && validUntil && validUntil < validFrom) return setError(t('draw.untilBeforeFrom'));
    const props = {
      title: f.title.trim(),
      description: f.description.trim() === '' ? null : f.description,
      category: f.category,
      status: f.status,
      actor: f.actor.trim() === '' ? null : f.actor.trim(),
      valid_from: validFrom,
      valid_until: validUntil,
    };
    setPending(true);
    setError(null);
    try {
      const saved = feature ? await call('map.change', { id: feature.id, version: feature.version, geometry, ...props }) : await call('map.create', { geometry, ...props });
      onDone(saved);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="map-feature-form" onSubmit={(e) => void submit(e)} aria-label={feature ? t('draw.editTitle') : t('draw.newTitle', { kind: t(`kind.${kind}`) })} data-testid="feature-form">
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('draw.title')}</label>
        <input id={`${id}-title`} value={f.title} onChange={(e) => set({ title: e.target.value })} maxLength={200} required data-testid="feature-title" autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('draw.category')}</label>
        <div className="map-category-row">
          {kind === 'point' && <img className="map-category-symbol" src={symbolUrl(f.category)} alt="" />}
          <select id={`${id}-category`} value={f.category} onChange={(e) => set({ category: e.target.value as Category })} data-testid="feature-category">
            {CATEGORIES_OF_KIND[kind].map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="radio-group">
        <legend>{t('draw.status')}</legend>
        {(['planned', 'active'] as const).map((s) => (
          <label key={s} className="check">
            <input type="radio" name={`${id}-status`} checked={f.status === s} onChange={() => set({ status: s })} />
            {t(`status.${s}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-actor`}>{t('draw.actor')}</label>
        <input id={`${id}-actor`} value={f.actor} onChange={(e) => set({ actor: e.target.value })} maxLength={200} data-testid="feature-actor" />
      </div>
      <div className="map-tile-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('draw.validFrom')}</label>
          <input id={`${id}-from`} type="datetime-local" value={f.validFrom} onChange={(e) => set({ validFrom: e.target.value })} data-testid="feature-from" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>{t('draw.validUntil')}</label>
          <input id={`${id}-until`} type="datetime-local" value={f.validUntil} onChange={(e) => set({ validUntil: e.target.value })} data-testid="feature-until" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-desc`}>{t('draw.description')}</label>
        <textarea id={`${id}-desc`} rows={3} value={f.description} onChange={(e) => set({ description: e.target.value })} maxLength={5000} data-testid="feature-description" />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="map-tile-actions">
        <button type="submit" className="button-primary" disabled={pending} data-testid="feature-save">
          {t('draw.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('draw.cancel')}
        </button>
      </div>
    </form>
  );
}
