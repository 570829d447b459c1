import { useTranslation } from 'react-i18next';

interface Props {
  date: string;
  time: string;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  /** data-testid prefix: `${prefix}-date`, `${prefix}-time`. */
  testIdPrefix: string;
}

/** When it happened: Datum (ÅÅÅÅ-MM-DD) and kl. (TT:MM), Stockholm time. */
export function OccurredFields({ date, time, onDate, onTime, testIdPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field-inline">
        <span>{t('form.occurredDate')}</span>
        <input
          value={date}
          onChange={(e) => onDate(e.target.value)}
          placeholder={t('form.datePlaceholder')}
          inputMode="numeric"
          size={11}
          data-testid={`${testIdPrefix}-date`}
        />
      </label>
      <label className="field-inline">
        <span>{t('form.occurredTime')}</span>
        <input
          value={time}
          onChange={(e) => onTime(e.target.value)}
          placeholder={t('form.timePlaceholder')}
          inputMode="numeric"
          size={6}
          data-testid={`${testIdPrefix}-time`}
        />
      </label>
    </>
  );
}
