import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';

/**
 * The conference's protokoll as a Markdown file: written by the server from the record (attendees,
 * each actor's report, agreements, assignments, next time), saved by the browser as a download.
 */
export function ProtocolExport({ conference }: { conference: number }) {
  const { t } = useTranslation('actors');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const { markdown, filename } = await call('actors.conference.protocol', { id: conference });
      const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      // The download has its copy once the click is handled.
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="protocol-export">
      <button type="button" onClick={() => void download()} disabled={busy} data-testid="protocol-export">
        {t('conf.exportMarkdown')}
      </button>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
