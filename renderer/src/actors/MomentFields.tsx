import { useTranslation } from 'react-i18next';

interface Props {
  legend: string;
  date: string;
  time: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  testIdPrefix: string;
}

/** A moment ahead as Datum and kl. (Stockholm); a time alone is its next occurrence. */
export function MomentFields({ legend, date, time, onDate, onTime, testIdPrefix }: Props) {
  const { t } = useTranslation('actors');
  return (
    <fieldset className="moment-fields">
      <legend>{legend}</legend>
      <label className="field-inline">
        <span>{t('form.date')}</span>
        <input value={date} onChange={(e) => onDate(e.target.value)} placeholder={t('form.datePlaceholder')} inputMode="numeric" size={11} data-testid={`${testIdPrefix}-date`} />
      </label>
      <label className="field-inline">
        <span>{t('form.time')}</span>
        <input value={time} onChange={(e) => onTime(e.target.value)} placeholder={t('form.timePlaceholder')} inputMode="numeric" size={6} data-testid={`${testIdPrefix}-time`} />
      </label>
    </fieldset>
  );
}
