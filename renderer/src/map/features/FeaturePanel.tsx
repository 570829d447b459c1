import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feature, FeatureHistory } from '../../../../shared/map/feature';
import { stockholmDateTime } from '../../../../shared/time';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { symbolUrl } from './symbols';

/**
 * One feature: what it is, who answers for it, when it holds; and for a staff seat on the live
 * picture: change its properties or its shape, end it ("Avsluta"), and its history.
 */
export function FeaturePanel({
  feature,
  canWrite,
  onEdit,
  onEditShape,
  onClose,
}: {
  feature: Feature;
  canWrite: boolean;
  onEdit: () => void;
  onEditShape: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('map');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [history, setHistory] = useState<FeatureHistory | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const open = feature.status !== 'ended';

  useEffect(() => {
    setConfirmEnd(false);
    setError(null);
  }, [feature.id, feature.version]);

  useEffect(() => {
    if (!showHistory) return;
    let live = true;
    call('map.history', { id: feature.id })
      .then((h) => live && setHistory(h))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [showHistory, feature.id, feature.version]);

  async function end(): Promise<void> {
    try {
      await call('map.end', { id: feature.id, version: feature.version });
      setConfirmEnd(false);
    } catch (e) {
      setError(errorText(e));
    }
  }

  const when = (iso: string | null) => (iso ? stockholmDateTime(iso) : t('feature.open'));

  return (
    <section className="map-feature-panel" aria-label={t('feature.label', { title: feature.title })} data-testid="feature-panel" data-status={feature.status}>
      <div className="map-side-head">
        <h3 className="map-feature-title">
          {feature.kind === 'point' && <img className="map-category-symbol" src={symbolUrl(feature.category)} alt="" />}
          <bdi>{feature.title}</bdi>
        </h3>
        <button type="button" className="button-small" onClick={onClose}>
          {t('layers.close')}
        </button>
      </div>
      <dl className="map-feature-facts">
        <dt>{t('draw.category')}</dt>
        <dd>{t(`category.${feature.category}`)}</dd>
        <dt>{t('draw.status')}</dt>
        <dd data-testid="feature-status">{t(`status.${feature.status}`)}</dd>
        {feature.actor && (
          <>
            <dt>{t('draw.actor')}</dt>
            <dd>
              <bdi>{feature.actor}</bdi>
            </dd>
          </>
        )}
        <dt>{t('feature.valid')}</dt>
        <dd>
          {when(feature.valid_from)} – {when(feature.valid_until)}
        </dd>
        <dt>{t('feature.changed')}</dt>
        <dd>
          {t('feature.changedBy', { version: feature.version, by: feature.changed_by, when: stockholmDateTime(feature.changed_at) })}
        </dd>
      </dl>
      {feature.description && <p className="map-feature-description user-text">{feature.description}</p>}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      {canWrite && open && (
        <div className="map-tile-actions">
          <button type="button" onClick={onEdit} data-testid="feature-edit">
            {t('feature.edit')}
          </button>
          <button type="button" onClick={onEditShape} data-testid="feature-edit-shape">
            {t('feature.editShape')}
          </button>
          {!confirmEnd ? (
            <button type="button" className="button-danger" onClick={() => setConfirmEnd(true)} data-testid="feature-end">
              {t('feature.end')}
            </button>
          ) : (
            <span className="map-confirm" role="group" aria-label={t('feature.endConfirm')}>
              <span>{t('feature.endConfirm')}</span>
              <button type="button" className="button-danger" onClick={() => void end()} data-testid="feature-end-confirm">
                {t('feature.endYes')}
              </button>
              <button type="button" onClick={() => setConfirmEnd(false)}>
                {t('draw.cancel')}
              </button>
            </span>
          )}
        </div>
      )}
      <details className="map-feature-history" onToggle={(e) => setShowHistory(e.currentTarget.open)}>
        <summary data-testid="feature-history-toggle">{t('feature.history')}</summary>
        {history && (
          <ol className="map-history-list" data-testid="feature-history">
            {history.versions.map((v) => (
              <li key={v.version}>
                {t('feature.historyLine', {
                  version: v.version,
                  change: t(`feature.change.${v.change}`),
                  status: t(`status.${v.status}`),
                  by: v.changed_by,
                  when: stockholmDateTime(v.changed_at),
                })}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
