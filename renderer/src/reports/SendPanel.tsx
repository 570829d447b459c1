import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, Report } from '../../../shared/reports/domain';
import { stockholmDateTime } from '../../../shared/time';
import { useLiveCall } from '../api/useLiveCall';
import { useMutation } from '../api/useMutation';

/**
 * Skicka: a frozen report into a recipient's outbox folder (a shared network folder, a USB stick),
 * and the address book of those folders. What was sent to whom, and when, is listed.
 */
export function SendPanel({ report, boardId, onSent }: { report: Report; boardId: string; onSent: () => void }) {
  const { t } = useTranslation('reports');
  const recipients = useLiveCall('reports.recipients', {}, { scope: boardId });
  const send = useMutation('reports.send');
  const save = useMutation('reports.saveRecipient');
  const [format, setFormat] = useState<ExportFormat>('edxl');
  const [name, setName] = useState('');
  const [folder, setFolder] = useState('');
  const list = recipients.data?.recipients ?? [];

  return (
    <section className="report-send" aria-labelledby={`send-${report.number}`} data-testid="report-send">
      <h4 id={`send-${report.number}`}>{t('send.title')}</h4>
      <label className="field-inline">
        <span>{t('send.format')}</span>
        <select value={format} onChange={(e) => setFormat(e.target.value === 'json' ? 'json' : e.target.value === 'html' ? 'html' : 'edxl')}>
          <option value="edxl">EDXL-DE</option>
          <option value="json">JSON</option>
          <option value="html">HTML</option>
        </select>
      </label>
      <ul className="received-list">
        {list.map((r) => (
          <li key={r.id}>
            <button type="button" onClick={() => void send.run({ number: report.number, recipient: r.id, format }).then((x) => x && onSent())} disabled={send.pending} data-testid="report-send-to">
              {t('send.to', { name: r.name })}
            </button>{' '}
            <span className="muted report-hash">{r.folder}</span>
          </li>
        ))}
      </ul>
      {list.length === 0 && <p className="muted">{t('send.none')}</p>}
      {send.error && (
        <p className="error-text" role="alert">
          {send.error}
        </p>
      )}
      {report.sent.length > 0 && (
        <ul className="received-list" aria-label={t('send.sent')}>
          {report.sent.map((s) => (
            <li key={`${s.sent_at}-${s.file}`} data-testid="report-sent">
              {t('send.sentTo', { name: s.recipient, when: stockholmDateTime(s.sent_at), format: s.format.toUpperCase() })}
            </li>
          ))}
        </ul>
      )}
      <form
        className="message-row"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run({ name, folder }).then((r) => {
            if (!r) return;
            setName('');
            setFolder('');
            recipients.reload();
          });
        }}
      >
        <label className="field">
          {t('send.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required data-testid="recipient-name" />
        </label>
        <label className="field message-grow">
          {t('send.folder')}
          <input value={folder} onChange={(e) => setFolder(e.target.value)} maxLength={1000} required data-testid="recipient-folder" />
        </label>
        <button type="submit" disabled={save.pending} data-testid="recipient-save">
          {t('send.add')}
        </button>
      </form>
      {save.error && (
        <p className="error-text" role="alert">
          {save.error}
        </p>
      )}
    </section>
  );
}
