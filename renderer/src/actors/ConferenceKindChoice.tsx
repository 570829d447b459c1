import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFERENCE_KINDS, type ConferenceKind } from '../../../shared/domain/actor';

/** Samordnande or inriktande: two radio buttons under a legend. */
export function ConferenceKindChoice({ legend, value, onChange }: { legend: string; value: ConferenceKind; onChange: (kind: ConferenceKind) => void }) {
  const { t } = useTranslation('actors');
  const name = useId();
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {CONFERENCE_KINDS.map((k) => (
        <label key={k} className="check">
          <input type="radio" name={name} checked={value === k} onChange={() => onChange(k)} data-testid={`conference-kind-${k}`} />
          <span>{t(`conference.kind.${k}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
