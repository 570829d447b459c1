import type { Actor } from '../../../shared/domain/actor';

interface Props {
  label: string;
  actors: readonly Actor[];
  /** The actor's id as text; '' for none. */
  value: string;
  onChange: (value: string) => void;
  testId: string;
  /** The first option's words (no actor chosen / every actor). */
  noneLabel?: string;
}

/** A labelled choice of one active actor, by name. */
export function ActorSelect({ label, actors, value, onChange, testId, noneLabel = '–' }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{noneLabel}</option>
        {actors
          .filter((a) => !a.retired)
          .map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.name}
            </option>
          ))}
      </select>
    </label>
  );
}
