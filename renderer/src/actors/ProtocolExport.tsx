import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { download } from '../ui/download';


async function markdownFile(id: number): Promise<void> {
  const { markdown, filename } = await call('actors.conference.protocol', { id });
  download(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), filename);
}

async function pdfFile(id: number): Promise<void> {
  const { pdf_base64, filename } = await call('actors.conference.protocolPdf', { id });
  const bytes = Uint8Array.from(atob(pdf_base64), (c) => c.charCodeAt(0));
  download(new Blob([bytes], { type: 'application/pdf' }), filename);
}

/**
 * The conference's protokoll as Markdown or PDF: written by the server from the record
 * (attendees, each actor's report, agreements, assignments, next time), saved as a download.
 */
export function ProtocolExport({ conference }: { conference: number }) {
  const { t } = useTranslation('actors');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(make: (id: number) => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await make(conference);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="protocol-export">
      <button type="button" className="button-small" onClick={() => void run(markdownFile)} disabled={busy} data-testid="protocol-export">
        {t('conf.exportMarkdown')}
      </button>
      <button type="button" className="button-small" onClick={() => void run(pdfFile)} disabled={busy} data-testid="protocol-export-pdf">
        {t('conf.exportPdf')}
      </button>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
