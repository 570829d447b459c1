import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorLevel, SetStatusInput } from '../../../shared/domain/actor';
import { LevelBadge } from './LevelBadge';
import { LEVELS_HIGH_FIRST } from './levels';

/** What a status report says; the same fields on their own and in a conference report. */
export interface StatusDraft {
  level: ActorLevel;
  situation: string;
  needs: string;
  offers: string;
  reported_by: string;
}

export function emptyDraft(level: ActorLevel = 'normal'): StatusDraft {
  return { level, situation: '', needs: '', offers: '', reported_by: '' };
}

/** The draft as the API takes it: empty texts left out. */
export function draftInput(d: StatusDraft): Omit<SetStatusInput, 'id'> {
  const out: Omit<SetStatusInput, 'id'> = { level: d.level };
  if (d.situation.trim()) out.situation = d.situation;
  if (d.needs.trim()) out.needs = d.needs;
  if (d.offers.trim()) out.offers = d.offers;
  if (d.reported_by.trim()) out.reported_by = d.reported_by;
  return out;
}

interface Props {
  draft: StatusDraft;
  onChange: (draft: StatusDraft) => void;
}

/** Level (four radio buttons, each its badge), situation, needs, offers, who reported. */
export function StatusFields({ draft, onChange }: Props) {
  const { t } = useTranslation('actors');
  const name = useId();
  const set = (patch: Partial<StatusDraft>): void => onChange({ ...draft, ...patch });
  return (
    <>
      <fieldset className="level-choice" data-testid="level-choice">
        <legend>{t('form.level')}</legend>
        {LEVELS_HIGH_FIRST.slice()
          .reverse()
          .map((level) => (
            <label key={level}>
              <input type="radio" name={name} value={level} checked={draft.level === level} onChange={() => set({ level })} data-testid={`level-${level}`} />
              <LevelBadge level={level} />
            </label>
          ))}
      </fieldset>
      <label className="field">
        <span>{t('form.situation')}</span>
        <textarea value={draft.situation} onChange={(e) => set({ situation: e.target.value })} rows={2} maxLength={4000} data-testid="status-situation" />
      </label>
      <div className="form-row">
        <label className="field">
          <span>{t('form.needs')}</span>
          <textarea value={draft.needs} onChange={(e) => set({ needs: e.target.value })} rows={1} maxLength={4000} data-testid="status-needs" />
        </label>
        <label className="field">
          <span>{t('form.offers')}</span>
          <textarea value={draft.offers} onChange={(e) => set({ offers: e.target.value })} rows={1} maxLength={4000} data-testid="status-offers" />
        </label>
      </div>
      <label className="field">
        <span>{t('form.reportedBy')}</span>
        <input value={draft.reported_by} onChange={(e) => set({ reported_by: e.target.value })} maxLength={200} data-testid="status-reported-by" />
      </label>
    </>
  );
}
