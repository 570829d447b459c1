import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../api/useMutation';
import { downloadBase64 } from '../ui/download';
import { FormError } from '../ui/FormError';

type Format = 'pdf' | 'csv';

/**
 * The whole journal for the archive, taken out as PDF (printed by the host) or CSV, each stating
 * the chain head it covers. Beside the reports: what the staff hands over when the event ends.
 */
export function JournalArchive() {
  const { t } = useTranslation('reports');
  const archive = useMutation('journal.archive');
  // Which button was pressed: only that one says it is busy.
  const [asked, setAsked] = useState<Format | null>(null);

  async function takeOut(format: Format): Promise<void> {
    setAsked(format);
    const file = await archive.run({ format });
    if (file) downloadBase64(file);
  }

  return (
    <section className="journal-archive" aria-labelledby="journal-archive-title">
      <h3 id="journal-archive-title">{t('journalArchive.title')}</h3>
      <p className="muted">{t('journalArchive.intro')}</p>
      <div className="journal-archive-buttons">
        {(['pdf', 'csv'] as const).map((format) => (
          <button key={format} type="button" className="button-quiet" disabled={archive.pending} aria-busy={archive.pending && asked === format} onClick={() => void takeOut(format)} data-testid={`journal-archive-${format}`}>
            {t(`journalArchive.${format}`)}
          </button>
        ))}
      </div>
      <FormError message={archive.error} testId="journal-archive-error" />
    </section>
  );
}
