import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAP_FILE_MAX_BYTES } from '../../../shared/warnings/domain';
import { stockholmDateTime } from '../../../shared/time';
import { useLiveCall } from '../api/useLiveCall';
import { useMutation } from '../api/useMutation';
import { FileField } from '../ui/FileField';

/** CAP warnings from other actors: read a file in; what came in, and whether it still holds. */
export function WarningsPanel({ canWrite, boardId }: { canWrite: boolean; boardId: string }) {
  const { t } = useTranslation('messages');
  const warnings = useLiveCall('warnings.list', { active_only: false }, { refreshOn: ['warning.imported'], scope: boardId });
  const importCap = useMutation('warnings.importCap');
  const [result, setResult] = useState<string | null>(null);

  async function read(file: File): Promise<void> {
    setResult(null);
    importCap.setError(null);
    if (file.size > CAP_FILE_MAX_BYTES) return importCap.setError(t('warnings.tooBig'));
    const r = await importCap.run({ file_name: file.name, xml: await file.text() });
    if (!r) return;
    const a = r.warning.alert;
    setResult(a.valid ? t('warnings.imported', { headline: a.infos[0]?.headline ?? a.identifier }) : t('warnings.invalid', { problems: a.problems.slice(0, 3).join('; ') }));
    warnings.reload();
  }

  const list = warnings.data?.warnings ?? [];
  return (
    <section className="message-section warnings" aria-labelledby="warnings-title" data-testid="warnings">
      <h3 id="warnings-title">{t('warnings.title')}</h3>
      {canWrite && (
        <FileField label={t('warnings.import')} accept=".xml,.cap,application/xml,text/xml" testId="cap-file" onFile={(file) => void read(file)} />
      )}
      {importCap.pending && <p className="muted">{t('warnings.importing')}</p>}
      {result && (
        <p className="notice" role="status" data-testid="cap-result">
          {result}
        </p>
      )}
      {importCap.error && (
        <p className="error-text" role="alert" data-testid="cap-error">
          {importCap.error}
        </p>
      )}
      {list.length === 0 && <p className="muted">{t('warnings.empty')}</p>}
      <ul className="warning-list">
        {list.map((w) => {
          const info = w.alert.infos.find((i) => i.language.startsWith('sv')) ?? w.alert.infos[0];
          return (
            <li key={w.id} className={`warning warning-${w.state}`} data-testid="warning">
              <span className="warning-state">{t(`warnings.state.${w.state}`)}</span>
              <strong>{info?.headline ?? info?.event ?? w.alert.identifier}</strong>
              <span className="muted">
                {t('warnings.from', { sender: info?.sender_name ?? w.alert.sender })} · {stockholmDateTime(w.alert.sent)}
              </span>
              {!w.alert.valid && <span className="warning-invalid">{t('warnings.notValid')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
