import type { ReportBody } from '../../../shared/reports/domain';
import { ReportMapFigure } from './ReportMapFigure';

/** A frozen report's map snapshot and its nine headings, read-only: ours or a neighbour's. */
export function ReportSections({ body }: { body: ReportBody }) {
  return (
    <>
      <ReportMapFigure map={body.map} />
      {body.sections.map((s) => (
        <section key={s.key} className="report-section">
          <h4>{s.title}</h4>
          <p className="report-text">{s.text.trim() || '–'}</p>
        </section>
      ))}
    </>
  );
}
