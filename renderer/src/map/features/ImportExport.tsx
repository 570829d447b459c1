import type L from 'leaflet';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardInfo } from '../../../../shared/domain/board';
import { IMPORT_MAX_BYTES, IMPORT_MAX_FEATURES, ImportProblem } from '../../../../shared/map/import';
import { stockholmDateTime } from '../../../../shared/time';
import { ClientError } from '../../api/ClientError';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';
import { download } from '../../ui/download';
import { stampedName } from './stampedName';
import { viewAsPng } from './exportPng';

type Progress = { phase: 'reading'; loaded: number; total: number } | { phase: 'importing' };

/**
 * Import a GeoJSON or KML file (all or nothing; the server says what and where is wrong), export
 * the picture shown (live or replayed) as GeoJSON, and the view as PNG.
 */
export function ImportExport({ map, board, at, canWrite, credits }: { map: L.Map | null; board: BoardInfo; at: string | null; canWrite: boolean; credits: string }) {
  const { t } = useTranslation('map');
  const id = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  function problemText(e: unknown): string {
    if (!(e instanceof ClientError) || e.code !== 'import_invalid') return errorText(e);
    const parsed = ImportProblem.safeParse(e.details);
    if (!parsed.success) return errorText(e);
    const p = parsed.data;
    const what = t(`import.problem.${p.problem}`, { max: p.problem === 'too_large' ? IMPORT_MAX_BYTES / 1024 / 1024 : IMPORT_MAX_FEATURES });
    const where = [
      p.feature_index === null ? null : t('import.where_feature', { index: p.feature_index + 1 }),
      p.line === null ? null : t('import.where_line', { line: p.line }),
      p.path,
    ].filter((w): w is string => w !== null && w !== '');
    return t('importer.refused', { what, where: where.length > 0 ? ` (${where.join(', ')})` : '', detail: p.detail });
  }

  function read(file: File): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onprogress = (e) => setProgress({ phase: 'reading', loaded: e.loaded, total: e.total || file.size });
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsText(file, 'utf-8');
    });
  }

  async function onFile(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setMessage(null);
    if (file.size > IMPORT_MAX_BYTES) {
      setMessage({ text: t('importer.refused', { what: t('import.problem.too_large', { max: IMPORT_MAX_BYTES / 1024 / 1024 }), where: '', detail: file.name }), error: true });
      input.value = '';
      return;
    }
    try {
      setProgress({ phase: 'reading', loaded: 0, total: file.size });
      const text = await read(file);
      setProgress({ phase: 'importing' });
      const result = await call('map.import', { file_name: file.name, text });
      setMessage({ text: t('importer.done', { count: result.imported, file: file.name }), error: false });
    } catch (err) {
      setMessage({ text: problemText(err), error: true });
    } finally {
      setProgress(null);
      input.value = '';
    }
  }

  async function exportGeoJson(): Promise<void> {
    try {
      const fc = await call('map.export', { at });
      download(new Blob([JSON.stringify(fc, null, 1)], { type: 'application/geo+json' }), `${stampedName('lagesbild', at ?? new Date().toISOString())}.geojson`);
    } catch (err) {
      setMessage({ text: errorText(err), error: true });
    }
  }

  async function exportPng(): Promise<void> {
    if (!map) return;
    const moment = stockholmDateTime(at ?? new Date().toISOString());
    const caption = [board.exercise ? t('export.exercise') : null, board.name, at === null ? t('export.live', { when: moment }) : t('replay.showing', { when: moment }), credits]
      .filter((s): s is string => s !== null)
      .join(' · ');
    try {
      const sea = getComputedStyle(map.getContainer()).backgroundColor;
      download(await viewAsPng(map, caption, sea), `${stampedName('karta', at ?? new Date().toISOString())}.png`);
    } catch (err) {
      setMessage({ text: errorText(err), error: true });
    }
  }

  return (
    <section className="map-side-section" data-testid="import-export">
      <h3>{t('importer.title')}</h3>
      {canWrite && (
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('importer.file')}</label>
          <input id={`${id}-file`} type="file" accept=".geojson,.json,.kml,application/geo+json,application/vnd.google-earth.kml+xml" onChange={(e) => void onFile(e)} disabled={progress !== null} data-testid="import-file" />
        </div>
      )}
      {progress && (
        <div className="map-import-progress">
          <label htmlFor={`${id}-progress`}>{progress.phase === 'reading' ? t('importer.reading') : t('importer.importing')}</label>
          <progress id={`${id}-progress`} max={progress.phase === 'reading' ? progress.total : undefined} value={progress.phase === 'reading' ? progress.loaded : undefined} />
        </div>
      )}
      <p className={message?.error ? 'error-text' : 'map-import-message'} role="status" data-testid="import-message">
        {message?.text}
      </p>
      <div className="map-tile-actions">
        <button type="button" onClick={() => void exportGeoJson()} data-testid="export-geojson">
          {t('export.geojson')}
        </button>
        <button type="button" onClick={() => void exportPng()} disabled={!map} data-testid="export-png">
          {t('export.png')}
        </button>
      </div>
    </section>
  );
}
