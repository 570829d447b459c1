import { useTranslation } from 'react-i18next';
import type { ReceivedReport } from '../../../shared/reports/domain';
import { stockholmDateTime } from '../../../shared/time';
import { ReportSections } from './ReportSections';

/**
 * A neighbour's report as it came in: who froze it and when, when it was read in and by whom,
 * its map snapshot (an inert image) and its headings. Read-only: it is their record, not ours.
 */
export function ReceivedReportView({ report }: { report: ReceivedReport }) {
  const { t } = useTranslation('reports');
  const doc = report.document;
  return (
    <article aria-labelledby={`received-${report.id}`} data-testid="received-report-view">
      <h3 id={`received-${report.id}`} className="user-text">
        {t('receivedTitle', { number: report.number, sender: report.sender })}
      </h3>
      <p className="report-meta">
        {t('frozenBy', { when: stockholmDateTime(doc.frozen_at), by: doc.frozen_by })}
        <br />
        {t('receivedBy', { when: stockholmDateTime(report.received_at), by: report.received_by })}
      </p>
      <ReportSections body={doc.body} />
    </article>
  );
}
