import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { downloadBase64 } from '../ui/download';
import { FormError } from '../ui/FormError';

type Format = 'pdf' | 'csv';

/**
 * The whole journal for the archive, taken out as PDF (printed by the host) or CSV, each stating
 * the chain head it covers. Beside the reports: what the staff hands over when the event ends.
 */
export function JournalArchive() {
  const { t } = useTranslation('reports');
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function takeOut(format: Format): Promise<void> {
    setError(null);
    setBusy(format);
    try {
      downloadBase64(await call('journal.archive', { format }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="journal-archive" aria-labelledby="journal-archive-title">
      <h3 id="journal-archive-title">{t('journalArchive.title')}</h3>
      <p className="muted">{t('journalArchive.intro')}</p>
      <div className="journal-archive-buttons">
        {(['pdf', 'csv'] as const).map((format) => (
          <button key={format} type="button" className="button-quiet" disabled={busy !== null} aria-busy={busy === format} onClick={() => void takeOut(format)} data-testid={`journal-archive-${format}`}>
            {t(`journalArchive.${format}`)}
          </button>
        ))}
      </div>
      <FormError message={error} testId="journal-archive-error" />
    </section>
  );
}
