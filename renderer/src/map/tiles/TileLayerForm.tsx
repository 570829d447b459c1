import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TILE_GRIDS, TILE_KINDS, validateTileLayer, type TileLayerError, type TileLayerInput } from './tileLayerSpec';

const EMPTY: TileLayerInput = { name: '', kind: 'xyz', url: '', layers: '', matrixSet: '', grid: '3857', attribution: '', key: '' };

/** Lantmäteriet's open topographic web map in SWEREF 99 TM (needs the seat's own key). */
const TOPOWEBB: TileLayerInput = {
  name: 'Lantmäteriet topowebb',
  kind: 'wmts',
  url: 'https://api.lantmateriet.se/open/topowebb-ccby/v1/wmts/token/{api_key}/1.0.0/topowebb/default/3006/{z}/{y}/{x}.png',
  layers: 'topowebb',
  matrixSet: '3006',
  grid: '3006',
  attribution: '© Lantmäteriet (CC BY 4.0)',
  key: '',
};

/** Adds a background layer by URL; every field checked before anything is added. */
export function TileLayerForm({ onAdd, serverError }: { onAdd: (input: TileLayerInput) => Promise<boolean>; serverError: string | null }) {
  const { t } = useTranslation('map');
  const id = useId();
  const [input, setInput] = useState<TileLayerInput>(EMPTY);
  const [errors, setErrors] = useState<TileLayerError[]>([]);
  const set = (patch: Partial<TileLayerInput>) => setInput((now) => ({ ...now, ...patch }));
  const errorOf = (field: keyof TileLayerInput) => errors.find((e) => e.field === field);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const found = validateTileLayer(input);
    setErrors(found);
    if (found.length > 0) return;
    const added = await onAdd({ ...input, name: input.name.trim(), url: input.url.trim(), layers: input.layers.trim(), matrixSet: input.matrixSet.trim(), attribution: input.attribution.trim() });
    if (added) setInput(EMPTY);
  }

  const field = (name: keyof TileLayerInput, label: string, extra: { type?: string; hint?: string } = {}) => {
    const error = errorOf(name);
    return (
      <div className="field map-tile-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type={extra.type ?? 'text'}
          value={input[name]}
          onChange={(e) => set({ [name]: e.target.value })}
          aria-invalid={error !== undefined}
          aria-describedby={error ? `${id}-${name}-error` : extra.hint ? `${id}-${name}-hint` : undefined}
          autoComplete="off"
          spellCheck={false}
          data-testid={`tile-${name}`}
        />
        {extra.hint && !error && (
          <span id={`${id}-${name}-hint`} className="muted map-tile-hint">
            {extra.hint}
          </span>
        )}
        {error && (
          <span id={`${id}-${name}-error`} className="error-text">
            {t(`tiles.error.${error.error}`)}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="map-tile-form" onSubmit={(e) => void submit(e)} aria-label={t('tiles.addTitle')} data-testid="tile-form">
      <div className="map-tile-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('tiles.kind')}</label>
          <select id={`${id}-kind`} value={input.kind} onChange={(e) => {
              const kind = e.target.value as TileLayerInput['kind'];
              // XYZ tiles are Web Mercator (the board's layer contract has no grid for them).
              set(kind === 'xyz' ? { kind, grid: '3857' } : { kind });
            }} data-testid="tile-kind">
            {TILE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`tiles.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {input.kind !== 'xyz' && (
        <div className="field">
          <label htmlFor={`${id}-grid`}>{t('tiles.grid')}</label>
          <select id={`${id}-grid`} value={input.grid} onChange={(e) => set({ grid: e.target.value as TileLayerInput['grid'] })} data-testid="tile-grid">
            {TILE_GRIDS.map((g) => (
              <option key={g} value={g}>
                {t(`tiles.grids.${g}`)}
              </option>
            ))}
          </select>
        </div>
        )}
      </div>
      {field('name', t('tiles.name'))}
      {field('url', t('tiles.url'), { hint: input.kind === 'wms' ? t('tiles.urlHintWms') : t('tiles.urlHint') })}
      {input.kind === 'wms' && field('layers', t('tiles.layers'))}
      {input.kind === 'wmts' && field('layers', t('tiles.wmtsLayer'))}
      {input.kind === 'wmts' && field('matrixSet', t('tiles.matrixSet'))}
      {field('attribution', t('tiles.attribution'))}
      {field('key', t('tiles.key'), { type: 'password', hint: t('tiles.keyHint') })}
      {serverError && (
        <p className="error-text" role="alert">
          {serverError}
        </p>
      )}
      <div className="map-tile-actions">
        <button type="submit" className="button-primary">
          {t('tiles.add')}
        </button>
        <button type="button" onClick={() => setInput({ ...TOPOWEBB, key: input.key })}>
          {t('tiles.topowebb')}
        </button>
      </div>
    </form>
  );
}
