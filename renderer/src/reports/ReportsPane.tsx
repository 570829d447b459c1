import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, Report } from '../../../shared/reports/domain';
import { REPORT_FILE_MAX_BYTES } from '../../../shared/reports/domain';
import { stockholmDateTime } from '../../../shared/time';
import { useLiveCall } from '../api/useLiveCall';
import { useMutation } from '../api/useMutation';
import { FormError } from '../ui/FormError';
import type { PaneProps } from '../panes/pane';
import { downloadBase64, downloadText } from '../ui/download';
import { JournalArchive } from './JournalArchive';
import { FileField } from '../ui/FileField';
import { ReportEditor } from './ReportEditor';
import { ReceivedReportView } from './ReceivedReportView';
import { ReportSections } from './ReportSections';
import { SendPanel } from './SendPanel';
import './reports.css';

/** A frozen report: what it says, its hash and head, and its files. */
function FrozenReport({ report, boardId, canWrite, onSent }: { report: Report; boardId: string; canWrite: boolean; onSent: () => void }) {
  const { t } = useTranslation('reports');
  // The PDF is printed by the host (Chromium for a seat server, printToPDF in the app), sent as base64.
  const pdf = useMutation('reports.pdf');
  const exporting = useMutation('reports.export');

  async function downloadPdf(): Promise<void> {
    exporting.setError(null);
    const file = await pdf.run({ number: report.number });
    if (file) downloadBase64(file);
  }

  async function exportAs(format: ExportFormat): Promise<void> {
    pdf.setError(null);
    const file = await exporting.run({ number: report.number, format });
    if (file) downloadText(file.file_name, file.text, file.mime_type);
  }

  return (
    <div className="report-frozen" data-testid="report-frozen">
      <p className="report-meta">
        {t('frozenBy', { when: stockholmDateTime(report.frozen_at ?? ''), by: report.frozen_by ?? '' })}
        <br />
        <span className="report-hash">{t('head', { head: `${report.head?.seq ?? 0}:${report.head?.hash ?? ''}` })}</span>
      </p>
      <ReportSections body={report.body} />
      <div className="message-row">
        <button type="button" className="button-primary" onClick={() => void downloadPdf()} disabled={pdf.pending} aria-busy={pdf.pending} data-testid="report-export-pdf">
          {t('export.pdf')}
        </button>
        {(['json', 'edxl', 'html'] as const).map((f) => (
          <button key={f} type="button" onClick={() => void exportAs(f)} data-testid={`report-export-${f}`}>
            {t(`export.${f}`)}
          </button>
        ))}
      </div>
      <FormError message={pdf.error ?? exporting.error} />
      {canWrite && <SendPanel report={report} boardId={boardId} onSent={onSent} />}
    </div>
  );
}

/** Lägesrapporter: the next one composed from the board, edited, frozen, exported; neighbours' read in. */
export function ReportsPane({ board, canWrite }: PaneProps) {
  const { t } = useTranslation('reports');
  const list = useLiveCall('reports.list', {}, { refreshOn: ['report.changed', 'report.received'], scope: board.id });
  const create = useMutation('reports.create');
  const importReport = useMutation('reports.import');
  const [selected, setSelected] = useState<number | null>(null);
  // A neighbour's report shown instead of one of ours (its id among the received).
  const [receivedId, setReceivedId] = useState<number | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const reports = list.data?.reports ?? [];
  const received = list.data?.received ?? [];
  const current = reports.find((r) => r.number === selected) ?? reports[0] ?? null;
  const shownReceived = received.find((r) => r.id === receivedId) ?? null;
  const showOwn = (number: number): void => {
    setReceivedId(null);
    setSelected(number);
  };

  async function readFile(file: File): Promise<void> {
    setImported(null);
    importReport.setError(null);
    if (file.size > REPORT_FILE_MAX_BYTES) return importReport.setError(t('tooBig'));
    const r = await importReport.run({ file_name: file.name, text: await file.text() });
    if (r) {
      setImported(t('imported', { number: r.number, sender: r.sender }));
      list.reload();
    }
  }

  return (
    <section className="pane reports-pane" aria-label={t('title')} data-testid="reports-pane">
      <div className="reports-head">
        <h2>{t('title')}</h2>
        {canWrite && (
          <button
            type="button"
            className="button-primary"
            onClick={() => void create.run({}).then((r) => r && (showOwn(r.number), list.reload()))}
            disabled={create.pending}
            data-testid="report-new"
          >
            {t('new')}
          </button>
        )}
      </div>
      {create.error && (
        <p className="error-text" role="alert">
          {create.error}
        </p>
      )}
      <div className="reports-body">
        <nav className="reports-list" aria-label={t('list')}>
          <ul>
            {reports.map((r) => (
              <li key={r.number}>
                <button
                  type="button"
                  aria-current={!shownReceived && current?.number === r.number}
                  className={!shownReceived && current?.number === r.number ? 'message-item message-item-selected' : 'message-item'}
                  onClick={() => showOwn(r.number)}
                  data-testid="report-item"
                >
                  <span className="message-item-title">{t('number', { number: r.number })}</span>
                  <span className={`message-status ${r.status === 'frozen' ? 'message-published' : ''}`}>{t(`status.${r.status}`)}</span>
                </button>
              </li>
            ))}
          </ul>
          {reports.length === 0 && <p className="muted">{t('empty')}</p>}
          <h3>{t('received')}</h3>
          {canWrite && (
            <FileField label={t('import')} accept=".json,.xml,application/json,application/xml" testId="report-file" onFile={(file) => void readFile(file)} />
          )}
          {imported && (
            <p className="notice" role="status" data-testid="report-imported">
              {imported}
            </p>
          )}
          {importReport.error && (
            <p className="error-text" role="alert" data-testid="report-import-error">
              {importReport.error}
            </p>
          )}
          <ul className="received-list">
            {received.map((r) => (
              <li key={r.id} data-testid="received-report">
                <button
                  type="button"
                  aria-current={shownReceived?.id === r.id}
                  className={shownReceived?.id === r.id ? 'message-item message-item-selected' : 'message-item'}
                  onClick={() => setReceivedId(r.id)}
                  data-testid="received-report-open"
                >
                  <span className="message-item-title">
                    {t('number', { number: r.number })} <bdi className="user-text">{r.sender}</bdi>
                  </span>
                  <span className="muted">{stockholmDateTime(r.document.frozen_at)}</span>
                </button>
              </li>
            ))}
          </ul>
          <JournalArchive />
        </nav>
        {/* It scrolls inside the pane: focusable, so a keyboard can scroll a report with no field in it. */}
        <div className="report-detail" role="region" aria-label={t('detail')} tabIndex={0}>
          {shownReceived ? (
            <ReceivedReportView report={shownReceived} />
          ) : current === null ? (
            <p className="muted">{t('select')}</p>
          ) : (
            <article aria-labelledby={`report-${current.number}`}>
              <h3 id={`report-${current.number}`}>
                {t('number', { number: current.number })} – {t(`status.${current.status}`)}
              </h3>
              {current.status === 'draft' && canWrite ? <ReportEditor key={`${current.number}`} report={current} onChanged={() => list.reload()} /> : <FrozenReport report={current} boardId={board.id} canWrite={canWrite} onSent={() => list.reload()} />}
            </article>
          )}
        </div>
      </div>
    </section>
  );
}
