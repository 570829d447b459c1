import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportMapFigure } from './ReportMapFigure';
import type { Report, SectionKey } from '../../../shared/reports/domain';
import { useMutation } from '../api/useMutation';

interface Props {
  report: Report;
  onChanged: (report: Report) => void;
}

/** The nine headings of a draft, prefilled from the board; empty ones are named before freezing. */
export function ReportEditor({ report, onChanged }: Props) {
  const { t } = useTranslation('reports');
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(report.body.sections.map((s) => [s.key, s.text])));
  const edit = useMutation('reports.edit');
  const freeze = useMutation('reports.freeze');
  const [confirming, setConfirming] = useState(false);
  const dirty = report.body.sections.some((s) => (texts[s.key] ?? '') !== s.text);
  const empty = report.body.sections.filter((s) => !(texts[s.key] ?? '').trim());

  async function save(): Promise<Report | undefined> {
    const sections = report.body.sections.map((s) => ({ key: s.key, text: texts[s.key] ?? '' }));
    const saved = await edit.run({ number: report.number, sections });
    if (saved) onChanged(saved);
    return saved;
  }

  async function doFreeze(): Promise<void> {
    if (dirty && !(await save())) return;
    const frozen = await freeze.run({ number: report.number });
    if (frozen) onChanged(frozen);
  }

  return (
    <form
      className="report-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="report-editor"
    >
      <ReportMapFigure map={report.body.map} />
      {report.body.sections.map((s) => (
        <label key={s.key} className="field">
          {s.title}
          <textarea
            value={texts[s.key] ?? ''}
            rows={s.text.split('\n').length > 3 ? 6 : 3}
            maxLength={20_000}
            onChange={(e) => setTexts({ ...texts, [s.key as SectionKey]: e.target.value })}
            data-testid={`section-${s.key}`}
          />
        </label>
      ))}
      {(edit.error ?? freeze.error) && (
        <p className="error-text" role="alert">
          {edit.error ?? freeze.error}
        </p>
      )}
      <div className="message-row">
        <button type="submit" disabled={!dirty || edit.pending} data-testid="report-save">
          {t('save')}
        </button>
        {!confirming ? (
          <button type="button" className="button-primary" onClick={() => setConfirming(true)} data-testid="report-freeze">
            {t('freeze')}
          </button>
        ) : (
          <div className="report-confirm" role="group" aria-label={t('freezeConfirm')}>
            {empty.length > 0 && (
              <p className="notice" role="status" data-testid="report-empty-warning">
                {t('emptyWarning', { headings: empty.map((s) => s.title).join(', ') })}
              </p>
            )}
            <p>{t('freezeConfirm')}</p>
            <button type="button" className="button-primary" onClick={() => void doFreeze()} disabled={freeze.pending} data-testid="report-freeze-confirm">
              {t('freezeYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        )}
      </div>
    </form>
  );
}
