import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseActorCsv, type CsvLineError } from '../../../shared/actors/csv';
import { useActorMutation } from './actorErrorText';
import { FormError } from '../ui/FormError';

const MAX_BYTES = 2_000_000;

/**
 * Actors from a CSV file (name, type, phone, e-mail, Rakel talk group). All or nothing: the
 * server names every bad line by its number and imports none of them then.
 */
export function CsvImport() {
  const { t } = useTranslation('actors');
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const run = useActorMutation('actors.import');

  async function onSubmit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setDone(null);
    if (!file) return run.setError(t('registry.csvRequired'));
    if (file.size > MAX_BYTES) return run.setError(t('registry.csvTooLarge'));
    const csv = await file.text();
    // Checked here first, with the server's own reader: every bad line in the user's language.
    const { errors } = parseActorCsv(csv);
    if (errors.length > 0) return run.setError([t('registry.csvRefused', { count: errors.length }), ...errors.map(lineText)].join('\n'));
    const result = await run.run({ csv });
    if (result) setDone(result.imported);
  }

  function lineText(e: CsvLineError): string {
    return t('error.csv.line', { line: e.line, reason: t(`error.csv.${e.reason}`, e.values) });
  }

  return (
    <form className="actors-form csv-import" onSubmit={(e) => void onSubmit(e)} data-testid="csv-import">
      <label className="field">
        <span>{t('registry.csvFile')}</span>
        <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="csv-file" />
      </label>
      <p className="muted form-hint">{t('registry.csvHint')}</p>
      <FormError message={run.error} />
      {done !== null && (
        <p className="notice" role="status" data-testid="csv-done">
          {t('registry.csvImported', { count: done })}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" className="button-primary" disabled={run.pending} data-testid="csv-submit">
          {t('registry.csvImport')}
        </button>
      </div>
    </form>
  );
}
